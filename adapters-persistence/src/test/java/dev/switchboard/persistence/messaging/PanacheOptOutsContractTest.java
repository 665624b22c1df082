package dev.switchboard.persistence.messaging;

import dev.switchboard.domain.messaging.port.out.OptOuts;
import dev.switchboard.domain.messaging.port.out.OptOutsContract;
import dev.switchboard.domain.shared.port.out.StoreHarness;
import dev.switchboard.persistence.PostgresHarness;
import dev.switchboard.persistence.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The PostgreSQL opt-out list keeps the {@code OptOuts} port's contract. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PanacheOptOutsContractTest extends OptOutsContract {

  @Inject PanacheOptOuts store;
  @Inject PostgresHarness postgres;

  @Override
  protected OptOuts optOuts() {
    return store;
  }

  @Override
  protected StoreHarness harness() {
    return postgres;
  }
}
