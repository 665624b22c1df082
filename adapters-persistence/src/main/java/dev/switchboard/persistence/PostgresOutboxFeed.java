package dev.switchboard.persistence;

import dev.switchboard.domain.events.EventSink;
import dev.switchboard.domain.events.OutboxFeed;
import dev.switchboard.domain.events.OutboxRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The relay's side of the outbox in PostgreSQL. One relay at a time publishes, chosen by a
 * transaction advisory lock; the others find the lock taken and wait for their next turn.
 */
@ApplicationScoped
public class PostgresOutboxFeed implements OutboxFeed {

  /** The first key of the relay's two-key advisory lock (see {@link PanacheDeliveryReceipts}). */
  static final int LOCK_NAMESPACE = 0x53420002;

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
    Boolean turn =
        (Boolean)
            em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:namespace, 0)")
                .setParameter("namespace", LOCK_NAMESPACE)
                .getSingleResult();
    if (!Boolean.TRUE.equals(turn)) {
      return 0;
    }
    List<OutboxEntity> rows =
        em.createQuery(
                "select o from OutboxEntity o where o.publishedAt is null order by o.position",
                OutboxEntity.class)
            // Marked published by one statement below, not by dirty checking.
            .setHint("org.hibernate.readOnly", true)
            .setMaxResults(max)
            .getResultList();
    if (rows.isEmpty()) {
      return 0;
    }
    List<OutboxRecord> records = rows.stream().map(OutboxRecords::toRecord).toList();
    sink.publish(records);
    markPublished(records);
    return rows.size();
  }

  /**
   * Marks the batch with one statement. By the positions themselves, never by their range: a row
   * inside the range may have been committed after the batch was read, and is not published yet.
   */
  private void markPublished(List<OutboxRecord> records) {
    String positions =
        records.stream()
            .map(record -> Long.toString(record.position()))
            .collect(Collectors.joining(",", "{", "}"));
    em.createNativeQuery(
            "UPDATE outbox SET published_at = statement_timestamp()"
                + " WHERE position = ANY(CAST(:positions AS bigint[]))")
        .setParameter("positions", positions)
        .executeUpdate();
  }

  @Override
  public void awaitNew(Duration timeout) throws InterruptedException {
    notifications.await(timeout);
  }
}
