package dev.switchboard.persistence.e911;

import dev.switchboard.domain.e911.port.out.E911Inventory;
import dev.switchboard.domain.e911.port.out.E911InventoryContract;
import dev.switchboard.domain.shared.port.out.StoreHarness;
import dev.switchboard.persistence.PostgresHarness;
import dev.switchboard.persistence.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The PostgreSQL inventory of E911 addresses keeps the {@code E911Inventory} port's contract. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PanacheE911InventoryContractTest extends E911InventoryContract {

  @Inject PanacheE911Inventory store;
  @Inject PostgresHarness postgres;

  @Override
  protected E911Inventory inventory() {
    return store;
  }

  @Override
  protected StoreHarness harness() {
    return postgres;
  }
}
