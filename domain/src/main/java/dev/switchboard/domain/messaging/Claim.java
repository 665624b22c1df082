package dev.switchboard.domain.messaging;

import dev.switchboard.domain.events.TraceContext;
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
 * @param origin the trace context of the request that queued the message, or null (none, or queued
 *     before it was stored): its dispatch continues that trace
 */
public record Claim(
    Message message, String token, boolean resumed, Instant attemptedAt, TraceContext origin) {

  public Claim {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(token, "token");
  }

  /** A claim of a message stored without a trace context. */
  public Claim(Message message, String token, boolean resumed, Instant attemptedAt) {
    this(message, token, resumed, attemptedAt, null);
  }

  /** Whether an earlier send may have reached the carrier, so it is looked up before any other. */
  public boolean uncertain() {
    return attemptedAt != null;
  }
}
