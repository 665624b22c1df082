package dev.switchboard.persistence.messaging;

import dev.switchboard.domain.messaging.port.out.Messages;
import dev.switchboard.domain.messaging.port.out.MessagesContract;
import dev.switchboard.domain.shared.port.out.StoreHarness;
import dev.switchboard.persistence.PostgresHarness;
import dev.switchboard.persistence.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The PostgreSQL store keeps the dispatcher's contract of the {@code Messages} port. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PanacheMessagesContractTest extends MessagesContract {

  @Inject PanacheMessages messages;
  @Inject PostgresHarness postgres;

  @Override
  protected Messages messages() {
    return messages;
  }

  @Override
  protected StoreHarness harness() {
    return postgres;
  }
}
