package dev.switchboard.persistence.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.messaging.ArchivedCopy;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.media.ArchiveState;
import dev.switchboard.domain.messaging.media.MediaTask;
import dev.switchboard.domain.messaging.port.out.MediaArchive;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The media still to copy, in PostgreSQL's {@code media_archive}. Writes need the caller's
 * transaction; a copy is recorded on the task and, in the same transaction, on the message's medium
 * in {@code messages.media} (one jsonb statement, so two media of one message copied at once never
 * overwrite each other).
 */
@ApplicationScoped
@ActivateRequestContext
public class PostgresMediaArchive implements MediaArchive {

  private static final String ENQUEUE =
      """
      INSERT INTO media_archive (message_id, media_index, source_url, next_attempt_at, created_at)
      VALUES (:id, :index, :url, :now, :now)
      ON CONFLICT DO NOTHING
      """;

  /** Locks due rows no other worker holds and leases them in the same statement. */
  private static final String CLAIM_DUE =
      """
      WITH due AS (
          SELECT message_id, media_index FROM media_archive
          WHERE state = 'PENDING' AND next_attempt_at <= :now
          ORDER BY next_attempt_at
          LIMIT :limit
          FOR UPDATE SKIP LOCKED
      )
      UPDATE media_archive a
      SET attempts = a.attempts + 1, next_attempt_at = :leaseUntil,
          claim_token = gen_random_uuid()
      FROM due
      WHERE a.message_id = due.message_id AND a.media_index = due.media_index
      RETURNING a.message_id, a.media_index, a.source_url, a.attempts, a.claim_token
      """;

  private static final String ARCHIVED =
      """
      UPDATE media_archive
      SET state = 'ARCHIVED', claim_token = NULL, last_error = NULL, storage_key = :key,
          content_type = :type, size_bytes = :size, archived_at = :at
      WHERE message_id = :id AND media_index = :index AND claim_token = :claim
      """;

  private static final String ON_MESSAGE =
      """
      UPDATE messages
      SET media = jsonb_set(media, ARRAY[CAST(:index AS text)],
                            (media -> CAST(:index AS integer)) || CAST(:patch AS jsonb))
      WHERE id = :id AND jsonb_array_length(media) > :index
      """;

  private static final String RETRY =
      """
      UPDATE media_archive SET next_attempt_at = :when, last_error = :reason, claim_token = NULL
      WHERE message_id = :id AND media_index = :index AND claim_token = :claim
      """;

  private static final String FAILED =
      """
      UPDATE media_archive
      SET state = 'FAILED', last_error = :reason, next_attempt_at = :now, claim_token = NULL
      WHERE message_id = :id AND media_index = :index AND claim_token = :claim
      """;

  private final EntityManager em;
  private final ObjectMapper json;

  public PostgresMediaArchive(EntityManager em, ObjectMapper json) {
    this.em = em;
    this.json = json;
  }

  @Override
  public void enqueue(List<Message> received, Instant now) {
    em.flush();
    for (Message message : received) {
      for (int i = 0; i < message.media().size(); i++) {
        em.createNativeQuery(ENQUEUE)
            .setParameter("id", message.id().value())
            .setParameter("index", i)
            .setParameter("url", message.media().get(i).url().toString())
            .setParameter("now", utc(now))
            .executeUpdate();
      }
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<MediaTask> claimDue(Instant now, int limit, Duration lease) {
    if (limit < 1) {
      return List.of();
    }
    List<Object[]> rows =
        em.createNativeQuery(CLAIM_DUE)
            .setParameter("now", utc(now))
            .setParameter("limit", limit)
            .setParameter("leaseUntil", utc(now.plus(lease)))
            .getResultList();
    List<MediaTask> tasks = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      tasks.add(
          new MediaTask(
              new MessageId((UUID) r[0]),
              ((Number) r[1]).intValue(),
              URI.create((String) r[2]),
              ((Number) r[3]).intValue(),
              (UUID) r[4]));
    }
    return tasks;
  }

  @Override
  public boolean archived(MediaTask task, ArchivedCopy copy) {
    em.flush();
    int updated =
        fenced(em.createNativeQuery(ARCHIVED), task)
            .setParameter("key", copy.key())
            .setParameter("type", copy.contentType())
            .setParameter("size", copy.sizeBytes())
            .setParameter("at", utc(copy.archivedAt()))
            .executeUpdate();
    if (updated != 1) {
      return false;
    }
    em.createNativeQuery(ON_MESSAGE)
        .setParameter("index", task.index())
        .setParameter("patch", patch(copy))
        .setParameter("id", task.messageId().value())
        .executeUpdate();
    return true;
  }

  @Override
  public boolean retryAt(MediaTask task, Instant when, String reason) {
    return fenced(em.createNativeQuery(RETRY), task)
            .setParameter("when", utc(when))
            .setParameter("reason", reason)
            .executeUpdate()
        == 1;
  }

  @Override
  public boolean failed(MediaTask task, String reason, Instant now) {
    return fenced(em.createNativeQuery(FAILED), task)
            .setParameter("reason", reason)
            .setParameter("now", utc(now))
            .executeUpdate()
        == 1;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Optional<ArchiveState> state(MessageId messageId, int index) {
    List<String> states =
        em.createNativeQuery(
                "SELECT state FROM media_archive WHERE message_id = :id AND media_index = :index")
            .setParameter("id", messageId.value())
            .setParameter("index", index)
            .getResultList();
    return states.stream().findFirst().map(ArchiveState::valueOf);
  }

  private static jakarta.persistence.Query fenced(jakarta.persistence.Query query, MediaTask task) {
    return query
        .setParameter("id", task.messageId().value())
        .setParameter("index", task.index())
        .setParameter("claim", task.claim());
  }

  private String patch(ArchivedCopy copy) {
    try {
      return json.writeValueAsString(java.util.Map.of("archived", MediaJson.StoredCopy.of(copy)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write the copy as JSON", e);
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
