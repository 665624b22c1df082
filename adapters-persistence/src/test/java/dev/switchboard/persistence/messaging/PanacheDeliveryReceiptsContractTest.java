package dev.switchboard.persistence.messaging;

import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.port.out.DeliveryReceipts;
import dev.switchboard.domain.messaging.port.out.DeliveryReceiptsContract;
import dev.switchboard.domain.shared.port.out.StoreHarness;
import dev.switchboard.persistence.Fixtures;
import dev.switchboard.persistence.PostgresHarness;
import dev.switchboard.persistence.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The PostgreSQL record of delivery receipts keeps the {@code DeliveryReceipts} port's contract.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PanacheDeliveryReceiptsContractTest extends DeliveryReceiptsContract {

  @Inject PanacheDeliveryReceipts store;
  @Inject PostgresHarness postgres;
  @Inject PanacheMessages messages;

  @Override
  protected DeliveryReceipts receipts() {
    return store;
  }

  @Override
  protected MessageId aRecordedMessage() {
    Message message = Fixtures.queued(Fixtures.OURS, Fixtures.ALICE, null, Fixtures.T0);
    inTransaction(() -> messages.add(message));
    return message.id();
  }

  @Override
  protected StoreHarness harness() {
    return postgres;
  }
}
