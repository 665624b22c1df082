package dev.switchboard.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
  private final AtomicInteger verifications = new AtomicInteger();

  private JsonWebToken verify(String token) {
    verifications.incrementAndGet();
    if (token.startsWith("bad")) {
      throw new IllegalArgumentException("signature does not match");
    }
    // The token's text carries its expiry, in seconds from the test's start.
    long exp =
        clock.start.getEpochSecond() + Long.parseLong(token.substring(token.indexOf('.') + 1));
    return new Token(token, exp);
  }

  @Test
  void a_verified_token_is_answered_again_without_verifying_it() {
    VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(60), 100, clock);

    JsonWebToken first = tokens.verified("alice.3600", this::verify);
    JsonWebToken second = tokens.verified("alice.3600", this::verify);

    assertThat(second).isSameAs(first);
    assertThat(verifications).hasValue(1);
  }

  @Test
  void a_token_is_verified_again_once_the_cache_time_has_passed() {
    VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(60), 100, clock);
    tokens.verified("alice.3600", this::verify);

    clock.advance(Duration.ofSeconds(61));
    tokens.verified("alice.3600", this::verify);

    assertThat(verifications).hasValue(2);
  }

  @Test
  void a_token_is_never_trusted_past_its_own_expiry() {
    VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(60), 100, clock);
    tokens.verified("short.10", this::verify);

    clock.advance(Duration.ofSeconds(11));
    tokens.verified("short.10", this::verify);

    assertThat(verifications).hasValue(2);
  }

  @Test
  void a_refused_token_is_refused_every_time_and_never_kept() {
    VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(60), 100, clock);

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> tokens.verified("bad.3600", this::verify))
          .hasMessageContaining("signature");
    }

    assertThat(verifications).hasValue(2);
    assertThat(tokens.size()).isZero();
  }

  @Test
  void no_cache_time_verifies_every_request() {
    VerifiedTokens tokens = new VerifiedTokens(Duration.ZERO, 100, clock);

    tokens.verified("alice.3600", this::verify);
    tokens.verified("alice.3600", this::verify);

    assertThat(verifications).hasValue(2);
    assertThat(tokens.size()).isZero();
  }

  @Test
  void keeps_no_more_tokens_than_allowed() {
    VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(60), 3, clock);

    for (int i = 0; i < 10; i++) {
      tokens.verified("t" + i + ".3600", this::verify);
    }

    assertThat(tokens.size()).isLessThanOrEqualTo(3);
  }

  /** A token with a name and an expiry only. */
  private record Token(String name, long exp) implements JsonWebToken {
    @Override
    public String getName() {
      return name;
    }

    @Override
    public Set<String> getClaimNames() {
      return Set.of("exp");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
      return "exp".equals(claimName) ? (T) Long.valueOf(exp) : null;
    }
  }

  /** A clock the test moves. */
  private static final class MutableClock extends Clock {
    final Instant start;
    private Instant now;

    MutableClock(Instant start) {
      this.start = start;
      this.now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
