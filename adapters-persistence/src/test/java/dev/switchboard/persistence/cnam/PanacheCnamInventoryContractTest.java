package dev.switchboard.persistence.cnam;

import dev.switchboard.domain.cnam.port.out.CnamInventory;
import dev.switchboard.domain.cnam.port.out.CnamInventoryContract;
import dev.switchboard.persistence.Fixtures;
import dev.switchboard.persistence.PostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The PostgreSQL inventory of caller names keeps the {@code CnamInventory} port's contract. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PanacheCnamInventoryContractTest extends CnamInventoryContract {

  @Inject PanacheCnamInventory store;
  @Inject AgroalDataSource dataSource;

  @Override
  protected CnamInventory inventory() {
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
