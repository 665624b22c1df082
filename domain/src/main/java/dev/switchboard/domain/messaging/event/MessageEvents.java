package dev.switchboard.domain.messaging.event;

import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.Media;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.OptOut;
import dev.switchboard.domain.messaging.OptOutSource;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.port.out.IdGenerator;
import java.time.Instant;
import java.util.Optional;

/**
 * Builds the events that tell other services about messages, from the message as it now is, and
 * about changes of the opt-out list.
 */
public final class MessageEvents {

  private final IdGenerator ids;

  public MessageEvents(IdGenerator ids) {
    this.ids = ids;
  }

  /** A message a phone sent to one of our numbers, just stored. */
  public MessageReceived received(Message message) {
    return new MessageReceived(
        ids.newId(), message.updatedAt(), content(message), message.createdAt());
  }

  /** One medium of an inbound message, now copied into our storage. */
  public MessageMediaArchived mediaArchived(Message message, int index) {
    Media medium = message.media().get(index);
    return new MessageMediaArchived(
        ids.newId(),
        medium.archived().archivedAt(),
        message.id(),
        message.to(),
        index,
        message.media().size(),
        medium);
  }

  /**
   * An outbound message's change of status.
   *
   * @param previous its status before, or null for its first event
   * @param receipt the receipt that caused the change, or null
   */
  public MessageStatusChanged statusChanged(
      Message message, MessageStatus previous, DeliveryReceipt receipt) {
    return new MessageStatusChanged(
        ids.newId(),
        message.updatedAt(),
        content(message),
        message.status(),
        Optional.ofNullable(previous),
        message.failureCode(),
        message.failureReason(),
        Optional.ofNullable(receipt));
  }

  /** A new opt-out, with a fresh time-ordered id (not recorded yet). */
  public OptOut newOptOut(
      Optional<E164Number> ourNumber,
      E164Number peer,
      OptOutSource source,
      String actor,
      String reason,
      Instant at) {
    return new OptOut(ids.newId(), ourNumber, peer, source, actor, reason, at);
  }

  /** An opt-out just recorded. */
  public OptOutAdded optOutAdded(OptOut optOut) {
    return new OptOutAdded(ids.newId(), optOut.at(), optOut);
  }

  /** An opt-out just removed, by whom and why. */
  public OptOutRemoved optOutRemoved(
      OptOut optOut, OptOutSource source, String actor, String reason, Instant at) {
    return new OptOutRemoved(ids.newId(), at, optOut, source, actor, reason);
  }

  /** A text someone else sent on our account, just recorded from its carrier record. */
  public ForeignMessageRecorded foreignRecorded(Message message) {
    return new ForeignMessageRecorded(
        ids.newId(),
        message.updatedAt(),
        content(message),
        message.status(),
        message.failureCode(),
        message.failureReason(),
        message.createdAt());
  }

  private static MessageContent content(Message message) {
    return new MessageContent(
        message.id(),
        message.from(),
        message.to(),
        message.body(),
        message.media(),
        message.flowrouteId(),
        message.autoReply());
  }
}
