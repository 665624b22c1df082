package dev.switchboard.domain.messaging;

import java.time.Instant;
import java.util.Objects;

/**
 * A message the dispatcher took to send, fenced by a token: every write-back of this dispatch holds
 * only while the row still carries the token (a claim whose lease lapsed and was taken again, or
 * that a receipt settled, writes nothing).
 *
 * @param message the message, now SENDING
 * @param token the claim's token, stored on the row
 * @param resumed whether it was already SENDING under a lapsed lease (its sender died)
 * @param attemptedAt when a send of it began whose outcome we never learned (a timeout, a 5xx, a
 *     sender that died after it began), or null when no such send is outstanding
 */
public record Claim(Message message, String token, boolean resumed, Instant attemptedAt) {

  public Claim {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(token, "token");
  }

  /** Whether an earlier send may have reached the carrier, so it is looked up before any other. */
  public boolean uncertain() {
    return attemptedAt != null;
  }
}
