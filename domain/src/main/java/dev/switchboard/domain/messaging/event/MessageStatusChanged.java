package dev.switchboard.domain.messaging.event;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.EventStream;
import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.MessageStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code message.status-changed}: an outbound message moved to another status. Keyed by message id,
 * so the changes of one message stay in order.
 *
 * @param time when the status changed
 * @param previousStatus the status before; empty for the first event of a message
 * @param failureCode why the last attempt failed or why the message ended; null otherwise
 * @param receipt the delivery receipt that caused the change, if one did
 */
public record MessageStatusChanged(
    UUID id,
    Instant time,
    MessageContent message,
    MessageStatus status,
    Optional<MessageStatus> previousStatus,
    String failureCode,
    String failureReason,
    Optional<DeliveryReceipt> receipt)
    implements DomainEvent {

  public MessageStatusChanged {
    DomainEvent.requireEnvelope(id, time);
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(status, "status");
    // Only outbound messages change status: an inbound one is RECEIVED from the start.
    if (status == MessageStatus.RECEIVED) {
      throw new IllegalArgumentException("an inbound message has no status changes");
    }
    previousStatus = previousStatus == null ? Optional.empty() : previousStatus;
    receipt = receipt == null ? Optional.empty() : receipt;
  }

  @Override
  public EventStream stream() {
    return EventStream.MESSAGES_STATUS;
  }

  @Override
  public String key() {
    return message.id().toString();
  }

  @Override
  public String subject() {
    return key();
  }
}
