package dev.switchboard.persistence.messaging;

import dev.switchboard.domain.messaging.history.MessageHistory;
import dev.switchboard.domain.messaging.history.MessageHistoryContract;
import dev.switchboard.domain.shared.port.out.StoreHarness;
import dev.switchboard.persistence.PostgresHarness;
import dev.switchboard.persistence.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The PostgreSQL message history keeps the {@code MessageHistory} port's contract. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PostgresMessageHistoryContractTest extends MessageHistoryContract {

  @Inject PostgresMessageHistory store;
  @Inject PostgresHarness postgres;

  @Override
  protected MessageHistory history() {
    return store;
  }

  @Override
  protected StoreHarness harness() {
    return postgres;
  }
}
