package dev.switchboard.persistence;

import dev.switchboard.domain.events.EventSink;
import dev.switchboard.domain.events.OutboxFeed;
import dev.switchboard.domain.events.OutboxRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
            .setMaxResults(max)
            .getResultList();
    if (rows.isEmpty()) {
      return 0;
    }
    List<OutboxRecord> records = rows.stream().map(OutboxRecords::toRecord).toList();
    sink.publish(records);
    Instant now = Instant.now();
    for (OutboxEntity row : rows) {
      row.publishedAt = now;
    }
    return rows.size();
  }

  @Override
  public void awaitNew(Duration timeout) throws InterruptedException {
    notifications.await(timeout);
  }
}
