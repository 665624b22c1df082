package dev.switchboard.domain.messaging.usecase;

import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageQuery;
import dev.switchboard.domain.messaging.port.out.Messages;
import dev.switchboard.domain.shared.Page;

/** Use case: a filtered page of the record of messages, newest first. */
public final class ListMessages {

  private final Messages messages;

  public ListMessages(Messages messages) {
    this.messages = messages;
  }

  public Page<Message> list(MessageQuery query) {
    return messages.list(query);
  }
}
