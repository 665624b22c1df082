package dev.switchboard.domain.messaging;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Idempotency keys belong to their caller (the token's subject) and expire: the key stored with a
 * message is the caller's key scoped as {@code <caller length>:<caller>:<key>}, so that two callers
 * that pick the same key name two messages, and no caller and key can pass for another pair.
 */
public final class IdempotencyKeys {

  /** The longest key a caller may send. */
  public static final int MAX_KEY_LENGTH = 255;

  /** Longer callers are kept as their digest, so that a stored key stays a small index entry. */
  private static final int MAX_CALLER_LENGTH = 128;

  private IdempotencyKeys() {}

  /** The key as stored for {@code caller} (null or blank: the anonymous caller). */
  public static String scoped(String caller, String key) {
    String who = caller == null || caller.isBlank() ? "" : caller;
    if (who.length() > MAX_CALLER_LENGTH) {
      who = "sha256-" + sha256(who);
    }
    return who.length() + ":" + who + ":" + key;
  }

  /**
   * The key stored for the message at {@code index} of a batch request that {@code caller} sent
   * with {@code key}. It starts with a letter, where every {@link #scoped} key starts with a digit,
   * so no single request's key names a message of a batch.
   */
  public static String batchItem(String caller, String key, int index) {
    return "b" + index + ":" + scoped(caller, key);
  }

  /** The caller's key checked: 1 to 255 visible ASCII characters, or null when none was sent. */
  public static String valid(String key) {
    if (key == null) {
      return null;
    }
    if (key.isBlank()
        || key.length() > MAX_KEY_LENGTH
        || !key.chars().allMatch(c -> c > 32 && c < 127)) {
      throw new ValidationException(
          ProblemType.INVALID_IDEMPOTENCY_KEY,
          "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters");
    }
    return key;
  }

  /** Whether a key used for a message created at {@code createdAt} has expired by {@code now}. */
  public static boolean expired(Instant createdAt, Duration ttl, Instant now) {
    return !createdAt.plus(ttl).isAfter(now);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
