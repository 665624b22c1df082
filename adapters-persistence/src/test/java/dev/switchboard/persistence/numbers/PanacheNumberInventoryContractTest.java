package dev.switchboard.persistence.numbers;

import dev.switchboard.domain.numbers.port.out.NumberInventory;
import dev.switchboard.domain.numbers.port.out.NumberInventoryContract;
import dev.switchboard.domain.shared.port.out.StoreHarness;
import dev.switchboard.persistence.PostgresHarness;
import dev.switchboard.persistence.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The PostgreSQL inventory of numbers keeps the {@code NumberInventory} port's contract. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PanacheNumberInventoryContractTest extends NumberInventoryContract {

  @Inject PanacheNumberInventory store;
  @Inject PostgresHarness postgres;

  @Override
  protected NumberInventory inventory() {
    return store;
  }

  @Override
  protected StoreHarness harness() {
    return postgres;
  }
}
