package dev.switchboard.domain.routes.port.out;

import dev.switchboard.domain.shared.port.out.StoreHarness;

/** The in-memory inventory of routes keeps the port's contract. */
class InMemoryRouteInventoryContractTest extends RouteInventoryContract {

  private final InMemoryRouteInventory inventory = new InMemoryRouteInventory();

  @Override
  protected RouteInventory inventory() {
    return inventory;
  }

  @Override
  protected StoreHarness harness() {
    return StoreHarness.IN_MEMORY;
  }
}
