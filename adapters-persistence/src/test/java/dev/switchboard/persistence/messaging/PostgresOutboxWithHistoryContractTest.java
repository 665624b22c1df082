package dev.switchboard.persistence.messaging;

import dev.switchboard.domain.messaging.history.MessageHistory;
import dev.switchboard.domain.messaging.history.OutboxWithHistory;
import dev.switchboard.domain.messaging.history.OutboxWithHistoryContract;
import dev.switchboard.domain.shared.port.out.StoreHarness;
import dev.switchboard.persistence.Fixtures;
import dev.switchboard.persistence.PostgresHarness;
import dev.switchboard.persistence.PostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** The one-statement outbox and history keeps the {@code OutboxWithHistory} port's contract. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PostgresOutboxWithHistoryContractTest extends OutboxWithHistoryContract {

  @Inject PostgresOutboxWithHistory store;
  @Inject PostgresMessageHistory history;
  @Inject PostgresHarness postgres;
  @Inject AgroalDataSource dataSource;

  @Override
  protected OutboxWithHistory store() {
    return store;
  }

  @Override
  protected MessageHistory history() {
    return history;
  }

  @Override
  protected List<UUID> appendedEventIds() {
    return Fixtures.outboxEventIds(dataSource);
  }

  @Override
  protected StoreHarness harness() {
    return postgres;
  }
}
