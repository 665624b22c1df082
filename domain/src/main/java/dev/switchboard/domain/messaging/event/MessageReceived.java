package dev.switchboard.domain.messaging.event;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.EventStream;
import dev.switchboard.domain.messaging.Media;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.PhoneAddress;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code message.received}: a phone sent one of our numbers an SMS or MMS, and we stored it. Keyed
 * by our number, so a conversation stays in order.
 *
 * @param time when we stored the message
 * @param from whoever sent it (a short code, another country's number, a sender ID...)
 * @param to our number that received it
 * @param body the text; null or empty for an MMS without text
 * @param receivedAt when Flowroute received it
 */
public record MessageReceived(
    UUID id,
    Instant time,
    MessageId messageId,
    PhoneAddress from,
    E164Number to,
    String body,
    List<Media> media,
    String flowrouteId,
    Instant receivedAt)
    implements DomainEvent {

  public MessageReceived {
    DomainEvent.requireEnvelope(id, time);
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(receivedAt, "receivedAt");
    media = media == null ? List.of() : List.copyOf(media);
  }

  /** Whether the message has media. */
  public boolean mms() {
    return !media.isEmpty();
  }

  @Override
  public EventStream stream() {
    return EventStream.MESSAGES_INBOUND;
  }

  @Override
  public String key() {
    return to.value();
  }

  @Override
  public String subject() {
    return messageId.toString();
  }
}
