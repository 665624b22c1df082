package dev.switchboard.persistence.numbers;

import dev.switchboard.domain.numbers.port.out.NumberInventory;
import dev.switchboard.domain.numbers.port.out.NumberInventoryContract;
import dev.switchboard.persistence.Fixtures;
import dev.switchboard.persistence.PostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The PostgreSQL inventory of numbers keeps the {@code NumberInventory} port's contract. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PanacheNumberInventoryContractTest extends NumberInventoryContract {

  @Inject PanacheNumberInventory store;
  @Inject AgroalDataSource dataSource;

  @Override
  protected NumberInventory inventory() {
    return store;
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return QuarkusTransaction.requiringNew().call(work::get);
  }

  @Override
  protected void empty() {
    Fixtures.emptyDatabase(dataSource);
  }
}
