package dev.switchboard.domain.messaging.history;

import dev.switchboard.domain.shared.port.out.StoreHarness;

/** The in-memory message history keeps the port's contract. */
class InMemoryMessageHistoryContractTest extends MessageHistoryContract {

  private final InMemoryMessageHistory history = new InMemoryMessageHistory();

  @Override
  protected MessageHistory history() {
    return history;
  }

  @Override
  protected StoreHarness harness() {
    return StoreHarness.IN_MEMORY;
  }
}
