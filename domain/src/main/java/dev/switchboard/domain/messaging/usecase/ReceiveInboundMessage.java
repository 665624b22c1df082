package dev.switchboard.domain.messaging.usecase;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.messaging.InboundMessage;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.OptOutKeywords;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.messaging.port.out.MediaArchive;
import dev.switchboard.domain.messaging.port.out.Messages;
import dev.switchboard.domain.messaging.port.out.OptOuts;
import dev.switchboard.domain.shared.port.out.IdGenerator;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Use case: record a message a phone sent to one of our numbers and tell it as an event, once per
 * Flowroute id however often Flowroute delivers it; keywords update the opt-out list, and the media
 * of an MMS are put on the list to copy into our storage.
 */
public final class ReceiveInboundMessage {

  /** The stored message, and whether this delivery was a repeat of one already recorded. */
  public record Result(Message message, boolean duplicate) {}

  private final Messages messages;
  private final OptOuts optOuts;
  private final Outbox outbox;
  private final MediaArchive mediaArchive;
  private final MessageEvents events;
  private final UnitOfWork unitOfWork;
  private final IdGenerator ids;
  private final Clock clock;

  public ReceiveInboundMessage(
      Messages messages,
      OptOuts optOuts,
      Outbox outbox,
      MediaArchive mediaArchive,
      MessageEvents events,
      UnitOfWork unitOfWork,
      IdGenerator ids,
      Clock clock) {
    this.messages = messages;
    this.optOuts = optOuts;
    this.outbox = outbox;
    this.mediaArchive = mediaArchive;
    this.events = events;
    this.unitOfWork = unitOfWork;
    this.ids = ids;
    this.clock = clock;
  }

  /** Records one message in a transaction of its own. */
  public Result receive(InboundMessage inbound) {
    return receiveAll(List.of(inbound)).get(0);
  }

  /** Records messages in one transaction; one result per message, in order. */
  public List<Result> receiveAll(List<InboundMessage> batch) {
    return unitOfWork.inTransaction(
        () -> {
          Instant now = clock.instant();
          List<Message> received =
              batch.stream()
                  .map(inbound -> Message.received(new MessageId(ids.newId()), inbound, now))
                  .toList();
          Set<MessageId> added = messages.addAll(received);
          List<Result> results = new ArrayList<>(received.size());
          List<DomainEvent> told = new ArrayList<>(added.size());
          List<Message> withMedia = new ArrayList<>();
          for (Message message : received) {
            if (added.contains(message.id())) {
              told.add(events.received(message));
              if (message.isMms()) {
                withMedia.add(message);
              }
              applyKeyword(message, now);
              results.add(new Result(message, false));
            } else {
              Message existing =
                  messages
                      .byFlowrouteId(message.flowrouteId())
                      .orElseThrow(() -> new IllegalStateException("duplicate without original"));
              results.add(new Result(existing, true));
            }
          }
          outbox.appendAll(told);
          // In the message's transaction: the copy is made later, but is never forgotten.
          if (!withMedia.isEmpty()) {
            mediaArchive.enqueue(withMedia, now);
          }
          return results;
        });
  }

  /** STOP and START from a number we can text; other senders (short codes, IDs) we never text. */
  private void applyKeyword(Message message, Instant now) {
    message
        .from()
        .nanp()
        .ifPresent(
            phone ->
                OptOutKeywords.of(message.body())
                    .ifPresent(
                        intent -> {
                          if (intent == OptOutKeywords.Intent.STOP) {
                            optOuts.optOut(message.to(), phone, "keyword", now);
                          } else {
                            optOuts.optIn(message.to(), phone);
                          }
                        }));
  }
}
