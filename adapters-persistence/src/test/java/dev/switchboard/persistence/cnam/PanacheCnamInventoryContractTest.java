package dev.switchboard.persistence.cnam;

import dev.switchboard.domain.cnam.port.out.CnamInventory;
import dev.switchboard.domain.cnam.port.out.CnamInventoryContract;
import dev.switchboard.domain.shared.port.out.StoreHarness;
import dev.switchboard.persistence.PostgresHarness;
import dev.switchboard.persistence.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The PostgreSQL inventory of caller names keeps the {@code CnamInventory} port's contract. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PanacheCnamInventoryContractTest extends CnamInventoryContract {

  @Inject PanacheCnamInventory store;
  @Inject PostgresHarness postgres;

  @Override
  protected CnamInventory inventory() {
    return store;
  }

  @Override
  protected StoreHarness harness() {
    return postgres;
  }
}
