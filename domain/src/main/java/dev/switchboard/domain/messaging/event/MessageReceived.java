package dev.switchboard.domain.messaging.event;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.EventStream;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code message.received}: a phone sent one of our numbers an SMS or MMS, and we stored it. Keyed
 * by our number, so a conversation stays in order.
 *
 * @param time when we stored the message
 * @param receivedAt when Flowroute received it
 */
public record MessageReceived(UUID id, Instant time, MessageContent message, Instant receivedAt)
    implements DomainEvent {

  public MessageReceived {
    DomainEvent.requireEnvelope(id, time);
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  @Override
  public EventStream stream() {
    return EventStream.MESSAGES_INBOUND;
  }

  @Override
  public String key() {
    return message.to().value();
  }

  @Override
  public String subject() {
    return message.id().toString();
  }
}
