package dev.switchboard.domain.messaging.usecase;

import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.port.out.Messages;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.ProblemType;

/** Use case: one message, by our id. */
public final class GetMessage {

  private final Messages messages;

  public GetMessage(Messages messages) {
    this.messages = messages;
  }

  public Message get(MessageId id) {
    return messages
        .byId(id)
        .orElseThrow(
            () -> new NotFoundException(ProblemType.MESSAGE_NOT_FOUND, "no message " + id));
  }
}
