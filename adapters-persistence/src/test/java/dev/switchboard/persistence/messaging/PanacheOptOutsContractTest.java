package dev.switchboard.persistence.messaging;

import dev.switchboard.domain.messaging.port.out.OptOuts;
import dev.switchboard.domain.messaging.port.out.OptOutsContract;
import dev.switchboard.persistence.Fixtures;
import dev.switchboard.persistence.PostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The PostgreSQL opt-out list keeps the {@code OptOuts} port's contract. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PanacheOptOutsContractTest extends OptOutsContract {

  @Inject PanacheOptOuts store;
  @Inject AgroalDataSource dataSource;

  @Override
  protected OptOuts optOuts() {
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
