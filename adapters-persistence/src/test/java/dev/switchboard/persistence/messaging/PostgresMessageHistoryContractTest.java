package dev.switchboard.persistence.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.messaging.history.MessageHistory;
import dev.switchboard.domain.messaging.history.MessageHistoryContract;
import dev.switchboard.domain.shared.port.out.StoreHarness;
import dev.switchboard.persistence.Plans;
import dev.switchboard.persistence.PostgresHarness;
import dev.switchboard.persistence.PostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The PostgreSQL message history keeps the {@code MessageHistory} port's contract. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PostgresMessageHistoryContractTest extends MessageHistoryContract {

  @Inject PostgresMessageHistory store;
  @Inject PostgresHarness postgres;

  @Inject AgroalDataSource dataSource;

  @Test
  void a_messages_steps_are_read_along_the_primary_key() throws Exception {
    // The key is the only index each step writes: no second one for the read.
    String plan =
        Plans.withoutSeqScan(
            dataSource,
            "EXPLAIN EXECUTE steps('" + UUID.randomUUID() + "')",
            "PREPARE steps(uuid) AS "
                + PostgresMessageHistory.OF_MESSAGE.replace("message_id = ?", "message_id = $1"));
    assertThat(plan).contains("Index Scan using message_history_pkey");
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet indexes =
            s.executeQuery("SELECT count(*) FROM pg_indexes WHERE tablename = 'message_history'")) {
      indexes.next();
      assertThat(indexes.getInt(1)).as("indexes of message_history").isEqualTo(1);
    }
  }

  @Override
  protected MessageHistory history() {
    return store;
  }

  @Override
  protected StoreHarness harness() {
    return postgres;
  }
}
