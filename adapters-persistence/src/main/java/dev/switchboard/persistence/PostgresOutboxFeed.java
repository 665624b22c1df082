package dev.switchboard.persistence;

import dev.switchboard.domain.events.EventSink;
import dev.switchboard.domain.events.EventStream;
import dev.switchboard.domain.events.OutboxFeed;
import dev.switchboard.domain.events.OutboxRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The relay's side of the outbox in PostgreSQL. One relay at a time publishes, chosen by a
 * transaction advisory lock; the others find the lock taken and wait for their next turn.
 */
@ApplicationScoped
public class PostgresOutboxFeed implements OutboxFeed {

  /** The first key of the relay's two-key advisory lock (see {@link PanacheDeliveryReceipts}). */
  static final int LOCK_NAMESPACE = 0x53420002;

  /**
   * Takes the relay's turn and reads the oldest unpublished events in one round trip: nothing when
   * another relay holds the turn. The turn's row also makes this transaction commit without waiting
   * for its WAL flush: it only marks events that Kafka already holds, and a mark lost to a database
   * crash re-publishes those events, the same at-least-once duplicate that a relay crash before its
   * commit causes; the webhook and send commits no longer queue behind the relay's.
   */
  private static final String TAKE_TURN_AND_READ =
      """
      WITH turn AS MATERIALIZED (
          SELECT pg_try_advisory_xact_lock(?, 0) AS mine,
                 set_config('synchronous_commit', 'off', true) AS flush)
      SELECT o.position, o.event_id, o.type, o.stream, o.event_key, o.subject, o.occurred_at,
             o.data::text
      FROM turn, outbox o
      WHERE turn.mine AND o.published_at IS NULL
      ORDER BY o.position LIMIT ?
      """;

  private static final String MARK_PUBLISHED =
      "UPDATE outbox SET published_at = statement_timestamp() WHERE position = ANY(?)";

  private final EntityManager em;
  private final OutboxNotifications notifications;

  public PostgresOutboxFeed(EntityManager em, OutboxNotifications notifications) {
    this.em = em;
    this.notifications = notifications;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Runs in a transaction of its own: the sink is called while the relay lock is held, and the
   * rows are marked published in the same transaction, so an exception from the sink rolls back and
   * rethrows, leaving them for the next turn.
   */
  @Override
  public int publishNext(int max, EventSink sink) {
    if (max < 1) {
      return 0;
    }
    return QuarkusTransaction.requiringNew().call(() -> publishUnderLock(max, sink));
  }

  private int publishUnderLock(int max, EventSink sink) {
    Session session = em.unwrap(Session.class);
    List<OutboxRecord> records = session.doReturningWork(c -> readUnderLock(c, max));
    if (records.isEmpty()) {
      return 0;
    }
    sink.publish(records);
    session.doWork(c -> markPublished(c, records));
    return records.size();
  }

  /** The oldest unpublished events, or none when another relay holds the turn. */
  private static List<OutboxRecord> readUnderLock(Connection connection, int max)
      throws SQLException {
    List<OutboxRecord> records = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(TAKE_TURN_AND_READ)) {
      select.setInt(1, LOCK_NAMESPACE);
      select.setInt(2, max);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          records.add(
              new OutboxRecord(
                  rows.getLong(1),
                  rows.getObject(2, UUID.class),
                  rows.getString(3),
                  EventStream.valueOf(rows.getString(4)),
                  rows.getString(5),
                  rows.getString(6),
                  rows.getObject(7, OffsetDateTime.class).toInstant(),
                  rows.getString(8)));
        }
      }
    }
    return records;
  }

  /**
   * Marks the batch with one statement. By the positions themselves, never by their range: a row
   * inside the range may have been committed after the batch was read, and is not published yet.
   */
  private static void markPublished(Connection connection, List<OutboxRecord> records)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(MARK_PUBLISHED)) {
      Long[] positions = records.stream().map(OutboxRecord::position).toArray(Long[]::new);
      update.setArray(1, connection.createArrayOf("int8", positions));
      update.executeUpdate();
    }
  }

  @Override
  public void awaitNew(Duration timeout) throws InterruptedException {
    notifications.await(timeout);
  }
}
