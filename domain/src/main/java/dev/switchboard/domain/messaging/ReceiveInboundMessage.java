package dev.switchboard.domain.messaging;

import dev.switchboard.domain.events.Outbox;
import dev.switchboard.domain.shared.IdGenerator;
import dev.switchboard.domain.shared.UnitOfWork;
import java.time.Clock;
import java.time.Instant;

/**
 * Use case: record a message a phone sent to one of our numbers and tell it as an event, once per
 * Flowroute id however often Flowroute delivers it; keywords update the opt-out list.
 */
public final class ReceiveInboundMessage {

  /** The stored message, and whether this delivery was a repeat of one already recorded. */
  public record Result(Message message, boolean duplicate) {}

  private final Messages messages;
  private final OptOuts optOuts;
  private final Outbox outbox;
  private final MessageEvents events;
  private final UnitOfWork unitOfWork;
  private final IdGenerator ids;
  private final Clock clock;

  public ReceiveInboundMessage(
      Messages messages,
      OptOuts optOuts,
      Outbox outbox,
      MessageEvents events,
      UnitOfWork unitOfWork,
      IdGenerator ids,
      Clock clock) {
    this.messages = messages;
    this.optOuts = optOuts;
    this.outbox = outbox;
    this.events = events;
    this.unitOfWork = unitOfWork;
    this.ids = ids;
    this.clock = clock;
  }

  public Result receive(InboundMessage inbound) {
    return unitOfWork.inTransaction(
        () -> {
          Instant now = clock.instant();
          Message message = Message.received(new MessageId(ids.newId()), inbound, now);
          if (!messages.add(message)) {
            Message existing =
                messages
                    .byFlowrouteId(inbound.flowrouteId())
                    .orElseThrow(() -> new IllegalStateException("duplicate without original"));
            return new Result(existing, true);
          }
          outbox.append(events.received(message));
          OptOutKeywords.of(inbound.body())
              .ifPresent(
                  intent -> {
                    if (intent == OptOutKeywords.Intent.STOP) {
                      optOuts.optOut(inbound.to(), inbound.from(), "keyword", now);
                    } else {
                      optOuts.optIn(inbound.to(), inbound.from());
                    }
                  });
          return new Result(message, false);
        });
  }
}
