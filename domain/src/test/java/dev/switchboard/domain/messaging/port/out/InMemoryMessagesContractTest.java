package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.shared.port.out.StoreHarness;

/** The in-memory store the use-case tests use keeps the store's contract. */
class InMemoryMessagesContractTest extends MessagesContract {

  private final InMemoryMessages messages = new InMemoryMessages();

  @Override
  protected Messages messages() {
    return messages;
  }

  @Override
  protected StoreHarness harness() {
    return StoreHarness.IN_MEMORY;
  }
}
