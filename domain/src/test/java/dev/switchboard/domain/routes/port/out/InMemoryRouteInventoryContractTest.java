package dev.switchboard.domain.routes.port.out;

import java.util.function.Supplier;

/** The in-memory inventory of routes keeps the port's contract. */
class InMemoryRouteInventoryContractTest extends RouteInventoryContract {

  private InMemoryRouteInventory inventory = new InMemoryRouteInventory();

  @Override
  protected RouteInventory inventory() {
    return inventory;
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  @Override
  protected void empty() {
    inventory = new InMemoryRouteInventory();
  }
}
