package dev.switchboard.persistence.messaging;

import dev.switchboard.domain.events.TraceContext;
import dev.switchboard.domain.messaging.Claim;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageKind;
import dev.switchboard.domain.messaging.MessageQuery;
import dev.switchboard.domain.messaging.port.out.Messages;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.domain.shared.PhoneAddress;
import dev.switchboard.persistence.common.SqlArrays;
import dev.switchboard.persistence.outbox.OutboxTraces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
   * idempotency key or Flowroute id is already recorded is left out. Each row keeps the trace
   * context of the request that wrote it (OutboxTraces), which its dispatch continues.
   */
  private static final String INSERT_ALL =
      """
      INSERT INTO messages (id, direction, from_number, to_number, body, media, status,
          flowroute_id, idempotency_key, fingerprint, attempts, next_attempt_at, failure_code,
          failure_reason, created_at, updated_at, encoding, segments, send_at, expires_at,
          auto_reply, is_foreign, traceparent, tracestate)
      SELECT * FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS text[]),
          CAST(? AS text[]), CAST(? AS text[]), CAST(? AS jsonb[]), CAST(? AS text[]),
          CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS int4[]),
          CAST(? AS timestamptz[]), CAST(? AS text[]), CAST(? AS text[]),
          CAST(? AS timestamptz[]), CAST(? AS timestamptz[]), CAST(? AS text[]),
          CAST(? AS int4[]), CAST(? AS timestamptz[]), CAST(? AS timestamptz[]),
          CAST(? AS bool[]), CAST(? AS bool[]), CAST(? AS text[]), CAST(? AS text[]))
      ON CONFLICT DO NOTHING
      RETURNING id
      """;

  /**
   * Locks the due rows of one kind that no other dispatcher holds and moves them to SENDING under a
   * new claim token in the same statement, so a claim is never seen half-made; the old status tells
   * a resumed (crashed) send apart. A scheduled message is queued with next_attempt_at at its
   * sendAt, so this walk of messages_due_kind_idx never reaches it early (ClaimDueTest checks the
   * plan).
   */
  static final String CLAIM_DUE =
      """
      WITH due AS (
          SELECT id, status AS old_status, next_attempt_at AS due_at
          FROM messages
          WHERE direction = 'OUTBOUND'
            AND status IN ('QUEUED', 'SENDING')
            AND (media <> '[]'::jsonb) = :mms
            AND next_attempt_at <= :now
          ORDER BY next_attempt_at
          LIMIT :limit
          FOR UPDATE SKIP LOCKED
      ), claimed AS (
          UPDATE messages m
          SET status = 'SENDING', attempts = m.attempts + 1,
              next_attempt_at = :leaseUntil, updated_at = :now, claim_token = gen_random_uuid()
          FROM due
          WHERE m.id = due.id
          RETURNING m.*, due.old_status = 'SENDING' AS resumed, due.due_at
      )
      SELECT * FROM claimed ORDER BY due_at, id
      """;

  /** Right before a send, under the claim's fence: the attempt's time and a fresh lease. */
  private static final String START_ATTEMPT =
      """
      UPDATE messages SET attempted_at = ?, next_attempt_at = ?, updated_at = ?
      WHERE id = ? AND claim_token = ? AND status = 'SENDING'
      """;

  /** The outcome of a dispatch, under the claim's fence; it ends the claim. */
  private static final String RELEASE =
      """
      UPDATE messages
      SET status = ?, flowroute_id = ?, attempts = ?, next_attempt_at = ?, failure_code = ?,
          failure_reason = ?, updated_at = ?, attempted_at = ?, claim_token = NULL
      WHERE id = ? AND claim_token = ?
      """;

  private static final String LOCK_UNSENT =
      """
      SELECT * FROM messages
      WHERE id = :id AND direction = 'OUTBOUND' AND flowroute_id IS NULL
        AND status IN ('QUEUED', 'SENDING')
      FOR UPDATE
      """;

  /**
   * A message no send of may have reached Flowroute, locked against the dispatcher: a claim holds
   * the row only in its claiming statement, and a send begins with a fenced START_ATTEMPT that a
   * cancel committed first makes fail (it clears the claim token).
   */
  private static final String LOCK_CANCELABLE =
      """
      SELECT * FROM messages
      WHERE id = :id AND direction = 'OUTBOUND' AND status IN ('QUEUED', 'SENDING')
        AND attempted_at IS NULL
      FOR UPDATE
      """;

  /** The messages that hold any of {@code :keys} (a batch of sends' idempotency keys). */
  private static final String BY_IDEMPOTENCY_KEYS =
      "SELECT * FROM messages WHERE idempotency_key = ANY(CAST(:keys AS text[]))";

  /** Our sends whose outcome we never learned, which a carrier record may belong to. */
  private static final String UNIDENTIFIED_LIKE =
      """
      SELECT * FROM messages
      WHERE from_number = :from AND to_number = :to AND direction = 'OUTBOUND'
        AND flowroute_id IS NULL AND NOT is_foreign AND created_at >= :since
        AND body IS NOT DISTINCT FROM :body
      ORDER BY created_at
      LIMIT 1
      """;

  /** Messages whose final receipt never came (the status index finds SENT rows). */
  private static final String SENT_BETWEEN =
      """
      SELECT * FROM messages
      WHERE status = 'SENT' AND updated_at >= :since AND updated_at < :before
      ORDER BY updated_at
      LIMIT :limit
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
        batch.stream().map(m -> traced(mapper.copy(m, new MessageEntity()))).toList();
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
                columns.text(rows, r -> r.encoding);
                columns.integers(rows, r -> r.segments);
                columns.instants(rows, r -> r.sendAt);
                columns.instants(rows, r -> r.expiresAt);
                columns.text(rows, r -> Boolean.toString(r.autoReply));
                columns.booleans(rows, r -> r.foreign);
                columns.text(rows, r -> r.traceparent);
                columns.text(rows, r -> r.tracestate);
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

  private static MessageEntity traced(MessageEntity row) {
    TraceContext origin = OutboxTraces.forSubject(row.id.toString());
    if (origin != null) {
      row.traceparent = origin.traceparent();
      row.tracestate = origin.tracestate();
    }
    return row;
  }

  @Override
  public void update(Message message) {
    MessageEntity row = em.find(MessageEntity.class, message.id().value());
    if (row == null) {
      throw new IllegalStateException("message " + message.id() + " is not recorded");
    }
    mapper.copy(message, row);
    row.claimToken = null;
    if (!"QUEUED".equals(row.status) && !"SENDING".equals(row.status)) {
      row.attemptedAt = null;
    }
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

  @Override
  @SuppressWarnings("unchecked")
  public Map<String, Message> byIdempotencyKeys(Collection<String> keys) {
    if (keys.isEmpty()) {
      return Map.of();
    }
    // One array parameter: an HQL IN list of n keys was translated to SQL again on every call.
    List<MessageEntity> rows =
        em.unwrap(Session.class)
            .createNativeQuery(BY_IDEMPOTENCY_KEYS, MessageEntity.class)
            .setParameter("keys", keys.toArray(String[]::new), String[].class)
            .getResultList();
    Map<String, Message> found = new HashMap<>();
    for (MessageEntity row : rows) {
      found.put(row.idempotencyKey, toDomain(row));
    }
    return found;
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
  public List<Claim> claimDue(Instant now, MessageKind kind, int limit, Duration lease) {
    if (limit < 1) {
      return List.of();
    }
    em.flush();
    List<Object[]> rows =
        em.createNativeQuery(CLAIM_DUE, MessageEntity.CLAIMED)
            .setParameter("now", now)
            .setParameter("mms", kind == MessageKind.MMS)
            .setParameter("limit", limit)
            .setParameter("leaseUntil", now.plus(lease))
            .getResultList();
    return rows.stream()
        .map(
            r -> {
              MessageEntity row = (MessageEntity) r[0];
              String token = row.claimToken.toString();
              Instant attemptedAt = row.attemptedAt;
              return new Claim(
                  toDomain(row),
                  token,
                  (Boolean) r[1],
                  attemptedAt,
                  TraceContext.ofNullable(row.traceparent, row.tracestate));
            })
        .toList();
  }

  @Override
  public boolean startAttempt(Claim claim, Instant now, Instant leaseUntil) {
    em.flush();
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (PreparedStatement update = connection.prepareStatement(START_ATTEMPT)) {
                timestamp(update, 1, now);
                timestamp(update, 2, leaseUntil);
                timestamp(update, 3, now);
                update.setObject(4, claim.message().id().value());
                update.setObject(5, UUID.fromString(claim.token()));
                return update.executeUpdate() == 1;
              }
            });
  }

  @Override
  public boolean release(Claim claim, Message next, Instant attemptedAt) {
    if (!next.id().equals(claim.message().id())) {
      throw new IllegalArgumentException("a claim releases its own message only");
    }
    em.flush();
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (PreparedStatement update = connection.prepareStatement(RELEASE)) {
                update.setString(1, next.status().name());
                update.setString(2, next.flowrouteId());
                update.setInt(3, next.attempts());
                timestamp(update, 4, next.nextAttemptAt());
                update.setString(5, next.failureCode());
                update.setString(6, next.failureReason());
                timestamp(update, 7, next.updatedAt());
                timestamp(update, 8, attemptedAt);
                update.setObject(9, next.id().value());
                update.setObject(10, UUID.fromString(claim.token()));
                return update.executeUpdate() == 1;
              }
            });
  }

  private static void timestamp(PreparedStatement statement, int index, Instant value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      statement.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }
  }

  @Override
  public Optional<Message> lockUnsent(MessageId id) {
    return lockOne(LOCK_UNSENT, id);
  }

  @Override
  public Optional<Message> lockCancelable(MessageId id) {
    return lockOne(LOCK_CANCELABLE, id);
  }

  /** Runs a {@code SELECT … FOR UPDATE} of one message by {@code :id}. */
  @SuppressWarnings("unchecked")
  private Optional<Message> lockOne(String sql, MessageId id) {
    em.flush();
    List<MessageEntity> rows =
        em.createNativeQuery(sql, MessageEntity.class)
            .setParameter("id", id.value())
            .getResultList();
    return rows.stream().findFirst().map(this::toDomain);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Optional<Message> unidentifiedLike(
      PhoneAddress from, E164Number to, String body, Instant since) {
    List<MessageEntity> rows =
        em.createNativeQuery(UNIDENTIFIED_LIKE, MessageEntity.class)
            .setParameter("from", from.value())
            .setParameter("to", to.value())
            .setParameter("since", since)
            .setParameter("body", body)
            .getResultList();
    return rows.stream().findFirst().map(this::toDomain);
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Message> sentBetween(Instant since, Instant before, int limit) {
    List<MessageEntity> rows =
        em.createNativeQuery(SENT_BETWEEN, MessageEntity.class)
            .setParameter("since", since)
            .setParameter("before", before)
            .setParameter("limit", limit)
            .getResultList();
    return rows.stream().map(this::toDomain).toList();
  }

  private Message toDomain(MessageEntity row) {
    Message message = mapper.toDomain(row);
    em.detach(row);
    return message;
  }
}
