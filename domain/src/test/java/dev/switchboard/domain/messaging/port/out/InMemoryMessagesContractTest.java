package dev.switchboard.domain.messaging.port.out;

import java.util.function.Supplier;

/** The in-memory store the use-case tests use keeps the store's contract. */
class InMemoryMessagesContractTest extends MessagesContract {

  private InMemoryMessages messages = new InMemoryMessages();

  @Override
  protected Messages messages() {
    return messages;
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  @Override
  protected void empty() {
    messages = new InMemoryMessages();
  }
}
