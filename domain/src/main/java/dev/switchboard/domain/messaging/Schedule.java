package dev.switchboard.domain.messaging;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;

/**
 * When an outbound message may go to the carrier: not before {@code sendAt}, never after {@code
 * expiresAt}; either may be absent.
 */
public record Schedule(Instant sendAt, Instant expiresAt) {

  /** Sent as soon as the dispatcher can, whenever that is. */
  public static final Schedule NONE = new Schedule(null, null);

  /**
   * How far ahead a message may be scheduled: a month (and a few days), so that a monthly reminder
   * can be queued ahead while a typo in the year is still refused.
   */
  public static final Duration MAX_AHEAD = Duration.ofDays(35);

  /** The failure code of a message whose {@code expiresAt} passed before it was sent. */
  public static final String CODE_EXPIRED = "expired-before-send";

  public Schedule {
    if (sendAt != null && expiresAt != null && !expiresAt.isAfter(sendAt)) {
      throw new ValidationException(
          ProblemType.INVALID_SCHEDULE, "expiresAt must be later than sendAt");
    }
  }

  /**
   * A schedule a caller asks for at {@code now}: {@code sendAt} at most {@link #MAX_AHEAD} ahead.
   * An {@code expiresAt} already past is refused where the message would be stored ({@link
   * #requireNotExpired}), so that a replay of an accepted request is not refused later.
   */
  public static Schedule requested(Instant sendAt, Instant expiresAt, Instant now) {
    if (sendAt != null && sendAt.isAfter(now.plus(MAX_AHEAD))) {
      throw new ValidationException(
          ProblemType.INVALID_SCHEDULE,
          "sendAt may be at most " + MAX_AHEAD.toDays() + " days ahead");
    }
    return new Schedule(sendAt, expiresAt);
  }

  /** Refuses a schedule whose {@code expiresAt} has passed by {@code now}. */
  public void requireNotExpired(Instant now) {
    if (expiredAt(now)) {
      throw new ValidationException(
          ProblemType.INVALID_SCHEDULE, "expiresAt " + expiresAt + " has already passed");
    }
  }

  public boolean isNone() {
    return sendAt == null && expiresAt == null;
  }

  /** Whether a message of this schedule may no longer be sent at {@code now}. */
  public boolean expiredAt(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  /** When a message queued at {@code now} is first due. */
  public Instant firstAttempt(Instant now) {
    return sendAt != null && sendAt.isAfter(now) ? sendAt : now;
  }

  /**
   * A later attempt is due at {@code when}, or at {@code expiresAt} if that comes first, so that a
   * message waiting for a retry is expired on time rather than at its retry.
   */
  public Instant dueBy(Instant when) {
    return expiresAt != null && when.isAfter(expiresAt) ? expiresAt : when;
  }
}
