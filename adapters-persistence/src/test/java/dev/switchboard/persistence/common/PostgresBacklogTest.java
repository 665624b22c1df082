package dev.switchboard.persistence.common;

import static dev.switchboard.persistence.Fixtures.ALICE;
import static dev.switchboard.persistence.Fixtures.BOB;
import static dev.switchboard.persistence.Fixtures.OURS;
import static dev.switchboard.persistence.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageKind;
import dev.switchboard.persistence.DatabaseTest;
import dev.switchboard.persistence.Fixtures;
import dev.switchboard.persistence.Plans;
import dev.switchboard.persistence.PostgresResource;
import dev.switchboard.persistence.messaging.PanacheMessages;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The backlog operators read: the send queue by kind, and the outbox's depth and oldest event. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PostgresBacklogTest extends DatabaseTest {

  @Inject PostgresBacklog backlog;
  @Inject PanacheMessages messages;
  @Inject AgroalDataSource dataSource;

  @Test
  void queued_messages_are_counted_apart_by_kind() {
    assertThat(backlog.queuedByKind()).isEqualTo(Map.of(MessageKind.SMS, 0L, MessageKind.MMS, 0L));
    inTransaction(
        () -> {
          messages.add(Fixtures.queued(OURS, ALICE, "a", T0));
          messages.add(Fixtures.queued(OURS, BOB, "b", T0));
          return messages.add(
              Message.queued(
                  Fixtures.nextId(),
                  OURS,
                  ALICE,
                  "look",
                  List.of(Fixtures.picture()),
                  "c",
                  "fp-c",
                  T0));
        });

    assertThat(backlog.queuedByKind()).isEqualTo(Map.of(MessageKind.SMS, 2L, MessageKind.MMS, 1L));
  }

  @Test
  void the_oldest_unpublished_event_is_the_earliest_in_the_outbox() throws Exception {
    assertThat(backlog.oldestUnpublishedEvent()).isEmpty();
    Instant older = Instant.parse("2026-01-02T03:04:05.123456Z");
    outboxRow(older.plusSeconds(60));
    outboxRow(older);

    assertThat(backlog.oldestUnpublishedEvent()).contains(older);
    assertThat(backlog.unpublishedEvents()).isEqualTo(2);
  }

  @Test
  void the_send_queue_is_counted_from_the_dispatchers_due_index() throws Exception {
    // No index of their own: the counts must be answerable from the index every claim walks.
    assertThat(Plans.withoutSeqScan(dataSource, "EXPLAIN " + PostgresBacklog.QUEUED))
        .contains("messages_due_kind_idx")
        .doesNotContain("messages_status_idx");
    assertThat(Plans.withoutSeqScan(dataSource, "EXPLAIN " + PostgresBacklog.QUEUED_BY_KIND))
        .contains("messages_due_kind_idx")
        .doesNotContain("messages_status_idx");
  }

  private void outboxRow(Instant occurredAt) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO outbox (event_id, type, stream, event_key, occurred_at, data)"
                    + " VALUES (?, 'test', 'messages', 'k', ?, '{}'::jsonb)")) {
      insert.setObject(1, UUID.randomUUID());
      insert.setTimestamp(2, Timestamp.from(occurredAt));
      insert.executeUpdate();
    }
  }
}
