package dev.switchboard.persistence.messaging;

import dev.switchboard.domain.messaging.port.out.Messages;
import dev.switchboard.domain.messaging.port.out.MessagesContract;
import dev.switchboard.persistence.Fixtures;
import dev.switchboard.persistence.PostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The PostgreSQL store keeps the dispatcher's contract of the {@code Messages} port. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PanacheMessagesContractTest extends MessagesContract {

  @Inject PanacheMessages messages;
  @Inject AgroalDataSource dataSource;

  @Override
  protected Messages messages() {
    return messages;
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
