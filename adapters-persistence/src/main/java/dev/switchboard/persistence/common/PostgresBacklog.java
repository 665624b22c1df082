package dev.switchboard.persistence.common;

import dev.switchboard.domain.messaging.MessageKind;
import dev.switchboard.domain.messaging.port.out.WorkBacklog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How much work is waiting: queued messages and unpublished events. Read by the metrics on each
 * scrape; both counts use the partial indexes of the queue and the outbox.
 */
@ApplicationScoped
public class PostgresBacklog implements WorkBacklog {

  /**
   * The rows of the dispatcher's due index (messages_due_kind_idx): the counts read that index
   * rather than keep an index of their own up to date on every message written.
   */
  static final String QUEUED =
      "SELECT count(*) FROM messages"
          + " WHERE direction = 'OUTBOUND' AND status IN ('QUEUED', 'SENDING')";

  /** The same rows by kind, with the due index's expression: an MMS has media. */
  static final String QUEUED_BY_KIND =
      "SELECT media <> '[]'::jsonb, count(*) FROM messages"
          + " WHERE direction = 'OUTBOUND' AND status IN ('QUEUED', 'SENDING') GROUP BY 1";

  private final EntityManager em;

  public PostgresBacklog(EntityManager em) {
    this.em = em;
  }

  /** Outbound messages not yet handed to Flowroute (queued, or being sent). */
  @ActivateRequestContext
  public long queuedMessages() {
    return ((Number) em.createNativeQuery(QUEUED).getSingleResult()).longValue();
  }

  @Override
  @ActivateRequestContext
  public Map<MessageKind, Long> queuedByKind() {
    Map<MessageKind, Long> queued = new EnumMap<>(MessageKind.class);
    queued.put(MessageKind.SMS, 0L);
    queued.put(MessageKind.MMS, 0L);
    List<?> rows = em.createNativeQuery(QUEUED_BY_KIND).getResultList();
    for (Object row : rows) {
      Object[] cells = (Object[]) row;
      queued.put(
          Boolean.TRUE.equals(cells[0]) ? MessageKind.MMS : MessageKind.SMS,
          ((Number) cells[1]).longValue());
    }
    return queued;
  }

  @Override
  public long unpublishedEvents() {
    return pendingEvents();
  }

  @Override
  @ActivateRequestContext
  public Optional<Instant> oldestUnpublishedEvent() {
    Object at = em.createNativeQuery("SELECT min(occurred_at) FROM outbox").getSingleResult();
    if (at == null) {
      return Optional.empty();
    }
    if (at instanceof Instant instant) {
      return Optional.of(instant);
    }
    if (at instanceof OffsetDateTime offset) {
      return Optional.of(offset.toInstant());
    }
    return Optional.of(((Timestamp) at).toInstant());
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
