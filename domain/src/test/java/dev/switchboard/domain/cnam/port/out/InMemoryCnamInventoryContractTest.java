package dev.switchboard.domain.cnam.port.out;

import dev.switchboard.domain.shared.port.out.StoreHarness;

/** The in-memory inventory of caller names keeps the port's contract. */
class InMemoryCnamInventoryContractTest extends CnamInventoryContract {

  private final InMemoryCnamInventory inventory = new InMemoryCnamInventory();

  @Override
  protected CnamInventory inventory() {
    return inventory;
  }

  @Override
  protected StoreHarness harness() {
    return StoreHarness.IN_MEMORY;
  }
}
