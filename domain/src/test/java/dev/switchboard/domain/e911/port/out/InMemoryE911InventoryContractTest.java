package dev.switchboard.domain.e911.port.out;

import dev.switchboard.domain.shared.port.out.StoreHarness;

/** The in-memory inventory of E911 addresses keeps the port's contract. */
class InMemoryE911InventoryContractTest extends E911InventoryContract {

  private final InMemoryE911Inventory inventory = new InMemoryE911Inventory();

  @Override
  protected E911Inventory inventory() {
    return inventory;
  }

  @Override
  protected StoreHarness harness() {
    return StoreHarness.IN_MEMORY;
  }
}
