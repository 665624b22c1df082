package dev.switchboard.domain.messaging.event;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.EventStream;
import dev.switchboard.domain.messaging.ArchivedCopy;
import dev.switchboard.domain.messaging.Media;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.shared.E164Number;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code message.media-archived}: one medium of an inbound MMS is now in our own storage, so it
 * outlives Flowroute's temporary link. Keyed by our number like {@code message.received}, which it
 * always follows.
 *
 * @param to our number, which received the message
 * @param index the medium's position in the message's media, from 0
 * @param count how many media the message has
 * @param medium the medium, with its original link and our copy
 */
public record MessageMediaArchived(
    UUID id, Instant time, MessageId messageId, E164Number to, int index, int count, Media medium)
    implements DomainEvent {

  public MessageMediaArchived {
    DomainEvent.requireEnvelope(id, time);
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(medium, "medium");
    Objects.requireNonNull(medium.archived(), "medium.archived");
    if (index < 0 || index >= count) {
      throw new IllegalArgumentException("index " + index + " outside 0.." + (count - 1));
    }
  }

  /** Our copy. */
  public ArchivedCopy copy() {
    return medium.archived();
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
