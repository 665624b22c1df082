package dev.switchboard.domain.messaging.history;

import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.Direction;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.event.MessageStatusChanged;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a message's life as we recorded it: a status it reached (with the receipt that moved
 * it, if one did), or a failed attempt that sent it back to the queue.
 *
 * @param previous the status before; empty for a message's first step
 * @param code why the message failed, waits or ended; null when nothing went wrong
 * @param nextAttemptAt for a message sent back to the queue: when it is tried again
 * @param receipt the delivery receipt that caused the step, if one did
 */
public record HistoryEntry(
    MessageId message,
    Instant at,
    MessageStatus status,
    Optional<MessageStatus> previous,
    String code,
    String reason,
    Optional<Instant> nextAttemptAt,
    Optional<DeliveryReceipt> receipt) {

  public HistoryEntry {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(status, "status");
    previous = previous == null ? Optional.empty() : previous;
    nextAttemptAt = nextAttemptAt == null ? Optional.empty() : nextAttemptAt;
    receipt = receipt == null ? Optional.empty() : receipt;
  }

  /** The step an event of a status change tells of. */
  public static HistoryEntry of(MessageStatusChanged changed) {
    return new HistoryEntry(
        changed.message().id(),
        changed.time(),
        changed.status(),
        changed.previousStatus(),
        changed.failureCode(),
        changed.failureReason(),
        Optional.empty(),
        changed.receipt());
  }

  /**
   * A message's first step, read from the message itself: queued when made (or received, at
   * Flowroute's time, which is the message's {@code createdAt}). No step is stored for it.
   */
  public static HistoryEntry creation(Message message) {
    return new HistoryEntry(
        message.id(),
        message.createdAt(),
        message.direction() == Direction.INBOUND ? MessageStatus.RECEIVED : MessageStatus.QUEUED,
        Optional.empty(),
        null,
        null,
        Optional.empty(),
        Optional.empty());
  }

  /** Whether this is a message's first step (nothing came before it). */
  public boolean first() {
    return previous.isEmpty();
  }

  /**
   * A message back in the queue after an attempt (or a claim) that did not send it: no event tells
   * of this, since its status did not move forward.
   */
  public static HistoryEntry requeued(Message next, MessageStatus previous) {
    return new HistoryEntry(
        next.id(),
        next.updatedAt(),
        next.status(),
        Optional.of(previous),
        next.failureCode(),
        next.failureReason(),
        Optional.ofNullable(next.nextAttemptAt()),
        Optional.empty());
  }

  /** Whether this step sent the message back to the queue to be tried again. */
  public boolean requeued() {
    return nextAttemptAt.isPresent();
  }
}
