package dev.switchboard.persistence.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;

/**
 * How much work is waiting: queued messages and unpublished events. Read by the metrics on each
 * scrape; both counts use the partial indexes of the queue and the outbox.
 */
@ApplicationScoped
public class PostgresBacklog {

  private final EntityManager em;

  public PostgresBacklog(EntityManager em) {
    this.em = em;
  }

  /** Outbound messages not yet handed to Flowroute (queued, or being sent). */
  @ActivateRequestContext
  public long queuedMessages() {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM messages WHERE status IN ('QUEUED', 'SENDING')")
                .getSingleResult())
        .longValue();
  }

  /** Events written to the outbox and not yet published to Kafka. */
  @ActivateRequestContext
  public long pendingEvents() {
    return ((Number) em.createNativeQuery("SELECT count(*) FROM outbox").getSingleResult())
        .longValue();
  }

  /** Age in seconds of the oldest unpublished event, 0 when there is none. */
  @ActivateRequestContext
  public double oldestPendingEventSeconds() {
    Object age =
        em.createNativeQuery(
                "SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(occurred_at)), 0)" + " FROM outbox")
            .getSingleResult();
    return Math.max(0, ((Number) age).doubleValue());
  }

  /** Inbound media still to copy into our storage (waiting, or being copied). */
  @ActivateRequestContext
  public long pendingMedia() {
    return ((Number)
            em.createNativeQuery("SELECT count(*) FROM media_archive WHERE state = 'PENDING'")
                .getSingleResult())
        .longValue();
  }

  /** Age in seconds of the oldest inbound medium still to copy, 0 when there is none. */
  @ActivateRequestContext
  public double oldestPendingMediaSeconds() {
    Object age =
        em.createNativeQuery(
                "SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)"
                    + " FROM media_archive WHERE state = 'PENDING'")
            .getSingleResult();
    return Math.max(0, ((Number) age).doubleValue());
  }

  /** Inbound media given up after their last attempt. */
  @ActivateRequestContext
  public long failedMedia() {
    return ((Number)
            em.createNativeQuery("SELECT count(*) FROM media_archive WHERE state = 'FAILED'")
                .getSingleResult())
        .longValue();
  }
}
