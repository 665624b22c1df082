package dev.switchboard.persistence.messaging;

import dev.switchboard.domain.messaging.port.out.Messages;
import dev.switchboard.domain.messaging.port.out.OptOuts;
import dev.switchboard.domain.messaging.port.out.SendChecks;
import dev.switchboard.domain.messaging.port.out.SendChecksContract;
import dev.switchboard.domain.numbers.port.out.NumberInventory;
import dev.switchboard.domain.shared.port.out.StoreHarness;
import dev.switchboard.persistence.PostgresHarness;
import dev.switchboard.persistence.PostgresResource;
import dev.switchboard.persistence.numbers.PanacheNumberInventory;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The one-statement send checks keep the {@code SendChecks} port's contract. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PostgresSendChecksContractTest extends SendChecksContract {

  @Inject PostgresSendChecks checks;
  @Inject PanacheMessages messages;
  @Inject PanacheNumberInventory inventory;
  @Inject PanacheOptOuts optOuts;
  @Inject PostgresHarness postgres;

  @Override
  protected SendChecks checks() {
    return checks;
  }

  @Override
  protected Messages messages() {
    return messages;
  }

  @Override
  protected NumberInventory inventory() {
    return inventory;
  }

  @Override
  protected OptOuts optOuts() {
    return optOuts;
  }

  @Override
  protected StoreHarness harness() {
    return postgres;
  }
}
