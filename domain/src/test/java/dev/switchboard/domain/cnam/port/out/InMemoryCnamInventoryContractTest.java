package dev.switchboard.domain.cnam.port.out;

import java.util.function.Supplier;

/** The in-memory inventory of caller names keeps the port's contract. */
class InMemoryCnamInventoryContractTest extends CnamInventoryContract {

  private InMemoryCnamInventory inventory = new InMemoryCnamInventory();

  @Override
  protected CnamInventory inventory() {
    return inventory;
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  @Override
  protected void empty() {
    inventory = new InMemoryCnamInventory();
  }
}
