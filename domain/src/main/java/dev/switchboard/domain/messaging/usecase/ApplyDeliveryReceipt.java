package dev.switchboard.domain.messaging.usecase;

import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.OptOutSource;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.messaging.port.out.DeliveryReceipts;
import dev.switchboard.domain.messaging.port.out.Messages;
import dev.switchboard.domain.messaging.port.out.OptOuts;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.time.Clock;
import java.util.Optional;

/**
 * Use case: record a delivery receipt and move its message forward, if it does. Receipts for
 * Flowroute ids we do not know yet are kept and applied when the message is marked SENT. A receipt
 * that names our message (through its per-message callback URL) settles a send whose outcome we
 * never learned: Flowroute has the message, under the receipt's id.
 */
public final class ApplyDeliveryReceipt {

  private final Messages messages;
  private final DeliveryReceipts receipts;
  private final OptOuts optOuts;
  private final Outbox outbox;
  private final MessageEvents events;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ApplyDeliveryReceipt(
      Messages messages,
      DeliveryReceipts receipts,
      OptOuts optOuts,
      Outbox outbox,
      MessageEvents events,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.messages = messages;
    this.receipts = receipts;
    this.optOuts = optOuts;
    this.outbox = outbox;
    this.events = events;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** Returns the message as it stands after the receipt, or empty when its id is not known yet. */
  public Optional<Message> apply(DeliveryReceipt receipt) {
    return apply(receipt, Optional.empty());
  }

  /**
   * As {@link #apply(DeliveryReceipt)}, for a receipt sent to the callback URL of one of our
   * messages: if that message has no Flowroute id yet and is not final, it becomes SENT with the
   * receipt's id (ending any claim on it, so a dispatcher that still holds it neither sends nor
   * writes).
   */
  public Optional<Message> apply(DeliveryReceipt receipt, Optional<MessageId> named) {
    return unitOfWork.inTransaction(
        () -> {
          receipts.lock(receipt.flowrouteId());
          Optional<Message> found = messages.byFlowrouteId(receipt.flowrouteId());
          if (found.isEmpty() && named.isPresent()) {
            found = settle(named.get(), receipt.flowrouteId());
          }
          receipts.add(receipt, found.map(Message::id));
          if (found.isEmpty()) {
            return Optional.empty();
          }
          Message message = found.get();
          if (receipt.recipientOptedOut()) {
            new Consent(optOuts, events)
                .optOut(
                    Optional.of(message.from().asE164()),
                    message.to(),
                    OptOutSource.CARRIER,
                    null,
                    "carrier-dlr-1110",
                    clock.instant())
                .ifPresent(added -> outbox.append(added.event()));
          }
          Optional<Message> next = message.afterReceipt(receipt, clock.instant());
          if (next.isEmpty()) {
            return Optional.of(message);
          }
          messages.update(next.get());
          outbox.append(events.statusChanged(next.get(), message.status(), receipt));
          return next;
        });
  }

  private Optional<Message> settle(MessageId id, String flowrouteId) {
    Optional<Message> unsent = messages.lockUnsent(id);
    if (unsent.isEmpty()) {
      return Optional.empty();
    }
    Message sent = unsent.get().sent(flowrouteId, clock.instant());
    messages.update(sent);
    outbox.append(events.statusChanged(sent, unsent.get().status(), null));
    return Optional.of(sent);
  }
}
