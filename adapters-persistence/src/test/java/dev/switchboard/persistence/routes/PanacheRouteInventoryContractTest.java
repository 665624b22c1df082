package dev.switchboard.persistence.routes;

import dev.switchboard.domain.routes.port.out.RouteInventory;
import dev.switchboard.domain.routes.port.out.RouteInventoryContract;
import dev.switchboard.persistence.Fixtures;
import dev.switchboard.persistence.PostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The PostgreSQL inventory of routes keeps the {@code RouteInventory} port's contract. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PanacheRouteInventoryContractTest extends RouteInventoryContract {

  @Inject PanacheRouteInventory store;
  @Inject AgroalDataSource dataSource;

  @Override
  protected RouteInventory inventory() {
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
