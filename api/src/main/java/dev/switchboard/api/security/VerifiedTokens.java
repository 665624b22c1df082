package dev.switchboard.api.security;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens whose signature and claims were already verified, kept for a short while so that a
 * client's every request does not pay for an RSA verification again (the largest single cost of an
 * authenticated request). Only a verified token is kept, under its exact text, and never past its
 * own expiry; a refused token is verified again each time.
 */
public final class VerifiedTokens {

  /** Verifies a token, or throws. */
  @FunctionalInterface
  public interface Verifier<E extends Exception> {
    JsonWebToken verify(String token) throws E;
  }

  private record Entry(JsonWebToken token, long untilMillis) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final long ttlMillis;
  private final int maxEntries;
  private final Clock clock;

  /**
   * @param ttl how long a verified token is trusted without a new verification (zero: never)
   * @param maxEntries how many tokens are kept at most (past it, the cache starts afresh)
   */
  public VerifiedTokens(Duration ttl, int maxEntries, Clock clock) {
    if (ttl.isNegative() || maxEntries < 1) {
      throw new IllegalArgumentException("ttl must not be negative, maxEntries at least 1");
    }
    this.ttlMillis = ttl.toMillis();
    this.maxEntries = maxEntries;
    this.clock = clock;
  }

  /** The verified token, from the cache while it is fresh, else from {@code verifier}. */
  public <E extends Exception> JsonWebToken verified(String token, Verifier<E> verifier) throws E {
    long now = clock.millis();
    JsonWebToken cached = fresh(token);
    if (cached != null) {
      return cached;
    }
    JsonWebToken verifiedNow = verifier.verify(token);
    if (ttlMillis > 0) {
      long until = Math.min(now + ttlMillis, verifiedNow.getExpirationTime() * 1000);
      if (entries.size() >= maxEntries) {
        // Rare (tokens are few and long-lived): starting afresh is simpler than an eviction order.
        entries.clear();
      }
      entries.put(token, new Entry(verifiedNow, until));
    }
    return verifiedNow;
  }

  /** The token if it was verified and is still fresh here; null otherwise (nothing is verified). */
  public JsonWebToken fresh(String token) {
    Entry entry = entries.get(token);
    return entry != null && clock.millis() < entry.untilMillis() ? entry.token() : null;
  }

  /** How many tokens are kept now. */
  public int size() {
    return entries.size();
  }
}
