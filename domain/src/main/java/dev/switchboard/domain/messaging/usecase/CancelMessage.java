package dev.switchboard.domain.messaging.usecase;

import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.messaging.port.out.Messages;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.time.Clock;

/**
 * Use case: cancel an outbound message that has not been handed to the carrier. The message's row
 * is locked while it is canceled, so a cancel and a dispatcher's send never both happen.
 */
public final class CancelMessage {

  private final Messages messages;
  private final Outbox outbox;
  private final MessageEvents events;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public CancelMessage(
      Messages messages, Outbox outbox, MessageEvents events, UnitOfWork unitOfWork, Clock clock) {
    this.messages = messages;
    this.outbox = outbox;
    this.events = events;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /**
   * The message, now CANCELED with its event.
   *
   * @throws NotFoundException when there is no such message
   * @throws ConflictException when it was handed to the carrier already, may have been, or ended
   */
  public Message cancel(MessageId id) {
    return unitOfWork.inTransaction(
        () -> {
          Message message = messages.lockCancelable(id).orElseGet(() -> refuse(id));
          Message canceled = message.canceled(clock.instant());
          messages.update(canceled);
          outbox.append(events.statusChanged(canceled, message.status(), null));
          return canceled;
        });
  }

  /** Says why the message cannot be canceled: it is unknown, or already on its way. */
  private Message refuse(MessageId id) {
    Message message =
        messages
            .byId(id)
            .orElseThrow(
                () -> new NotFoundException(ProblemType.MESSAGE_NOT_FOUND, "no message " + id));
    if (message.cancelable()) {
      // Queued or claimed, but a send of it began whose outcome is not known yet.
      throw new ConflictException(
          ProblemType.MESSAGE_NOT_CANCELABLE,
          "the message may already have been handed to Flowroute and can no longer be canceled");
    }
    throw new ConflictException(
        ProblemType.MESSAGE_NOT_CANCELABLE,
        "a " + message.status() + " message can no longer be canceled");
  }
}
