package dev.switchboard.domain.e911.port.out;

import java.util.function.Supplier;

/** The in-memory inventory of E911 addresses keeps the port's contract. */
class InMemoryE911InventoryContractTest extends E911InventoryContract {

  private InMemoryE911Inventory inventory = new InMemoryE911Inventory();

  @Override
  protected E911Inventory inventory() {
    return inventory;
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  @Override
  protected void empty() {
    inventory = new InMemoryE911Inventory();
  }
}
