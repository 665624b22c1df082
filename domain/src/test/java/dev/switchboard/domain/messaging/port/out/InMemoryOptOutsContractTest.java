package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.shared.port.out.StoreHarness;

/** The in-memory opt-out list keeps the port's contract. */
class InMemoryOptOutsContractTest extends OptOutsContract {

  private final InMemoryOptOuts optOuts = new InMemoryOptOuts();

  @Override
  protected OptOuts optOuts() {
    return optOuts;
  }

  @Override
  protected StoreHarness harness() {
    return StoreHarness.IN_MEMORY;
  }
}
