package dev.switchboard.domain.messaging.event;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.EventStream;
import dev.switchboard.domain.messaging.MessageStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code message.foreign-recorded}: the message reconciliation found a text that someone else sent
 * on our Flowroute account (not through us) and recorded it, once. Keyed by message id, on the
 * stream of outbound messages.
 *
 * @param time when we recorded it
 * @param status where its record said it stood
 * @param sentAt when Flowroute took it
 */
public record ForeignMessageRecorded(
    UUID id,
    Instant time,
    MessageContent message,
    MessageStatus status,
    String failureCode,
    String failureReason,
    Instant sentAt)
    implements DomainEvent {

  public ForeignMessageRecorded {
    DomainEvent.requireEnvelope(id, time);
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(sentAt, "sentAt");
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
