package dev.switchboard.domain.numbers.port.out;

import dev.switchboard.domain.shared.port.out.StoreHarness;

/** The in-memory inventory of numbers keeps the port's contract. */
class InMemoryNumberInventoryContractTest extends NumberInventoryContract {

  private final InMemoryNumberInventory inventory = new InMemoryNumberInventory();

  @Override
  protected NumberInventory inventory() {
    return inventory;
  }

  @Override
  protected StoreHarness harness() {
    return StoreHarness.IN_MEMORY;
  }
}
