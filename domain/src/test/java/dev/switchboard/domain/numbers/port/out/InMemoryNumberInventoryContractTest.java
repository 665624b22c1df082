package dev.switchboard.domain.numbers.port.out;

import java.util.function.Supplier;

/** The in-memory inventory of numbers keeps the port's contract. */
class InMemoryNumberInventoryContractTest extends NumberInventoryContract {

  private InMemoryNumberInventory inventory = new InMemoryNumberInventory();

  @Override
  protected NumberInventory inventory() {
    return inventory;
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  @Override
  protected void empty() {
    inventory = new InMemoryNumberInventory();
  }
}
