package dev.switchboard.persistence.routes;

import dev.switchboard.domain.routes.port.out.RouteInventory;
import dev.switchboard.domain.routes.port.out.RouteInventoryContract;
import dev.switchboard.domain.shared.port.out.StoreHarness;
import dev.switchboard.persistence.PostgresHarness;
import dev.switchboard.persistence.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The PostgreSQL inventory of routes keeps the {@code RouteInventory} port's contract. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PanacheRouteInventoryContractTest extends RouteInventoryContract {

  @Inject PanacheRouteInventory store;
  @Inject PostgresHarness postgres;

  @Override
  protected RouteInventory inventory() {
    return store;
  }

  @Override
  protected StoreHarness harness() {
    return postgres;
  }
}
