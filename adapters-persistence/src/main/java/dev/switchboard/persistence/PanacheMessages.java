package dev.switchboard.persistence;

import dev.switchboard.domain.messaging.Claim;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageQuery;
import dev.switchboard.domain.messaging.Messages;
import dev.switchboard.domain.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The record of messages in PostgreSQL. Reads work outside a transaction too (a request context is
 * activated when none is), writes need the caller's transaction. Rows are mapped to immutable
 * messages and detached at once, so no session ever answers a read from a copy that another
 * transaction (or a native statement) has since changed.
 */
@ApplicationScoped
@ActivateRequestContext
public class PanacheMessages implements Messages {

  /**
   * Inserts many rows with one statement: one array per column, unnested into rows. A row whose
   * idempotency key or Flowroute id is already recorded is left out.
   */
  private static final String INSERT_ALL =
      """
      INSERT INTO messages (id, direction, from_number, to_number, body, media, status,
          flowroute_id, idempotency_key, fingerprint, attempts, next_attempt_at, failure_code,
          failure_reason, created_at, updated_at)
      SELECT * FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS text[]),
          CAST(? AS text[]), CAST(? AS text[]), CAST(? AS jsonb[]), CAST(? AS text[]),
          CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS int4[]),
          CAST(? AS timestamptz[]), CAST(? AS text[]), CAST(? AS text[]),
          CAST(? AS timestamptz[]), CAST(? AS timestamptz[]))
      ON CONFLICT DO NOTHING
      RETURNING id
      """;

  /**
   * Locks the due rows no other dispatcher holds and moves them to SENDING in the same statement,
   * so a claim is never seen half-made; the old status tells a resumed (crashed) send apart.
   */
  private static final String CLAIM_DUE =
      """
      WITH due AS (
          SELECT id, status AS old_status, next_attempt_at AS due_at
          FROM messages
          WHERE direction = 'OUTBOUND'
            AND status IN ('QUEUED', 'SENDING')
            AND next_attempt_at <= :now
          ORDER BY next_attempt_at
          LIMIT :limit
          FOR UPDATE SKIP LOCKED
      ), claimed AS (
          UPDATE messages m
          SET status = 'SENDING', attempts = m.attempts + 1,
              next_attempt_at = :leaseUntil, updated_at = :now
          FROM due
          WHERE m.id = due.id
          RETURNING m.*, due.old_status = 'SENDING' AS resumed, due.due_at
      )
      SELECT * FROM claimed ORDER BY due_at, id
      """;

  private final EntityManager em;
  private final MessageMapper mapper;

  public PanacheMessages(EntityManager em, MessageMapper mapper) {
    this.em = em;
    this.mapper = mapper;
  }

  @Override
  public boolean add(Message message) {
    return addAll(List.of(message)).contains(message.id());
  }

  @Override
  public Set<MessageId> addAll(List<Message> batch) {
    if (batch.isEmpty()) {
      return Set.of();
    }
    List<MessageEntity> rows =
        batch.stream().map(m -> mapper.copy(m, new MessageEntity())).toList();
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (PreparedStatement insert = connection.prepareStatement(INSERT_ALL)) {
                SqlArrays columns = new SqlArrays(connection, insert);
                columns.text(rows, r -> r.id.toString());
                columns.text(rows, r -> r.direction);
                columns.text(rows, r -> r.fromNumber);
                columns.text(rows, r -> r.toNumber);
                columns.text(rows, r -> r.body);
                columns.text(rows, r -> r.media);
                columns.text(rows, r -> r.status);
                columns.text(rows, r -> r.flowrouteId);
                columns.text(rows, r -> r.idempotencyKey);
                columns.text(rows, r -> r.fingerprint);
                columns.integers(rows, r -> r.attempts);
                columns.instants(rows, r -> r.nextAttemptAt);
                columns.text(rows, r -> r.failureCode);
                columns.text(rows, r -> r.failureReason);
                columns.instants(rows, r -> r.createdAt);
                columns.instants(rows, r -> r.updatedAt);
                Set<MessageId> added = new HashSet<>();
                try (ResultSet ids = insert.executeQuery()) {
                  while (ids.next()) {
                    added.add(new MessageId(ids.getObject(1, UUID.class)));
                  }
                }
                return added;
              }
            });
  }

  @Override
  public void update(Message message) {
    MessageEntity row = em.find(MessageEntity.class, message.id().value());
    if (row == null) {
      throw new IllegalStateException("message " + message.id() + " is not recorded");
    }
    mapper.copy(message, row);
    // Flushed now so that a failing write surfaces here, not at commit far from its cause.
    em.flush();
    em.detach(row);
  }

  @Override
  public Optional<Message> byId(MessageId id) {
    return Optional.ofNullable(em.find(MessageEntity.class, id.value())).map(this::toDomain);
  }

  @Override
  public Optional<Message> byIdempotencyKey(String key) {
    return MessageEntity.<MessageEntity>find("idempotencyKey", key)
        .firstResultOptional()
        .map(this::toDomain);
  }

  /** Only the key is cleared, so that a dispatcher's concurrent change to the row is kept. */
  @Override
  public void releaseIdempotencyKey(Message message) {
    em.createNativeQuery(
            "UPDATE messages SET idempotency_key = NULL WHERE id = :id AND idempotency_key = :key")
        .setParameter("id", message.id().value())
        .setParameter("key", message.idempotencyKey())
        .executeUpdate();
  }

  @Override
  public Optional<Message> byFlowrouteId(String flowrouteId) {
    return MessageEntity.<MessageEntity>find("flowrouteId", flowrouteId)
        .firstResultOptional()
        .map(this::toDomain);
  }

  @Override
  public Page<Message> list(MessageQuery query) {
    List<MessageEntity> rows = MessageListing.of(query).run(em);
    boolean hasMore = rows.size() > query.limit();
    // Every row is mapped, the look-ahead one too, so that none stays attached to the session.
    List<Message> mapped = rows.stream().map(this::toDomain).toList();
    return new Page<>(mapped.subList(0, Math.min(mapped.size(), query.limit())), hasMore);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Run it in a transaction of its own, as the dispatcher does: the claim must commit before
   * anything is sent.
   */
  @Override
  @SuppressWarnings("unchecked")
  public List<Claim> claimDue(Instant now, int limit, Duration lease) {
    if (limit < 1) {
      return List.of();
    }
    em.flush();
    List<Object[]> rows =
        em.createNativeQuery(CLAIM_DUE, MessageEntity.CLAIMED)
            .setParameter("now", now)
            .setParameter("limit", limit)
            .setParameter("leaseUntil", now.plus(lease))
            .getResultList();
    return rows.stream()
        .map(r -> new Claim(toDomain((MessageEntity) r[0]), (Boolean) r[1]))
        .toList();
  }

  private Message toDomain(MessageEntity row) {
    Message message = mapper.toDomain(row);
    em.detach(row);
    return message;
  }
}
