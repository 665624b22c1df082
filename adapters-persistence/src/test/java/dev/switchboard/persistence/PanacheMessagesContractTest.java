package dev.switchboard.persistence;

import dev.switchboard.domain.messaging.Messages;
import dev.switchboard.domain.messaging.MessagesContract;
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
