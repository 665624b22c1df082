package dev.switchboard.persistence.messaging;

import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.history.HistoryEntry;
import dev.switchboard.domain.messaging.history.MessageHistory;
import dev.switchboard.persistence.common.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * The {@code message_history} table: steps written in the caller's transaction, a batch in one
 * statement (a group commit of many sends writes as many steps), read back in the order written.
 */
@ApplicationScoped
@ActivateRequestContext
public class PostgresMessageHistory implements MessageHistory {

  /** Many steps in one statement, in their order. */
  static final String INSERT_ALL =
      """
      INSERT INTO message_history (message_id, at, status, previous_status, code, reason,
          next_attempt_at, receipt_flowroute_id, receipt_level, receipt_status, receipt_code,
          receipt_description, receipt_at)
      SELECT CAST(message_id AS uuid), CAST(at AS timestamptz), status, previous_status, code,
          reason, CAST(next_attempt_at AS timestamptz), receipt_flowroute_id, receipt_level,
          receipt_status, receipt_code, receipt_description, CAST(receipt_at AS timestamptz)
      FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
          CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
          CAST(? AS int4[]), CAST(? AS text[]), CAST(? AS int4[]), CAST(? AS text[]),
          CAST(? AS text[]))
          WITH ORDINALITY AS e(message_id, at, status, previous_status, code, reason,
              next_attempt_at, receipt_flowroute_id, receipt_level, receipt_status, receipt_code,
              receipt_description, receipt_at, n)
      ORDER BY n
      """;

  /** A message's steps, read along the primary key (message_id, seq). */
  static final String OF_MESSAGE =
      """
      SELECT at, status, previous_status, code, reason, next_attempt_at, receipt_flowroute_id,
          receipt_level, receipt_status, receipt_code, receipt_description, receipt_at
      FROM message_history WHERE message_id = ? ORDER BY seq
      """;

  private final EntityManager em;

  public PostgresMessageHistory(EntityManager em) {
    this.em = em;
  }

  @Override
  public void record(List<HistoryEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert = connection.prepareStatement(INSERT_ALL)) {
                bind(new SqlArrays(connection, insert), entries);
                insert.executeUpdate();
              }
            });
  }

  /** Binds the steps to {@link #INSERT_ALL}'s parameters. */
  static void bind(SqlArrays columns, List<HistoryEntry> entries) {
    columns.text(entries, e -> e.message().toString());
    columns.instants(entries, HistoryEntry::at);
    columns.text(entries, e -> e.status().name());
    columns.text(entries, e -> e.previous().map(Enum::name).orElse(null));
    columns.text(entries, HistoryEntry::code);
    columns.text(entries, HistoryEntry::reason);
    columns.instants(entries, e -> e.nextAttemptAt().orElse(null));
    columns.text(entries, e -> e.receipt().map(DeliveryReceipt::flowrouteId).orElse(null));
    columns.integers(entries, e -> e.receipt().map(DeliveryReceipt::level).orElse(null));
    columns.text(entries, e -> e.receipt().map(DeliveryReceipt::status).orElse(null));
    columns.integers(entries, e -> e.receipt().map(DeliveryReceipt::statusCode).orElse(null));
    columns.text(entries, e -> e.receipt().map(DeliveryReceipt::description).orElse(null));
    columns.instants(entries, e -> e.receipt().map(DeliveryReceipt::timestamp).orElse(null));
  }

  @Override
  public List<HistoryEntry> of(MessageId message) {
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              List<HistoryEntry> entries = new ArrayList<>();
              try (PreparedStatement select = connection.prepareStatement(OF_MESSAGE)) {
                select.setObject(1, message.value());
                try (ResultSet rs = select.executeQuery()) {
                  while (rs.next()) {
                    entries.add(entry(message, rs));
                  }
                }
              }
              return entries;
            });
  }

  private static HistoryEntry entry(MessageId message, ResultSet rs) throws SQLException {
    String flowrouteId = rs.getString("receipt_flowroute_id");
    Optional<DeliveryReceipt> receipt =
        flowrouteId == null
            ? Optional.empty()
            : Optional.of(
                new DeliveryReceipt(
                    flowrouteId,
                    rs.getInt("receipt_level"),
                    rs.getString("receipt_status"),
                    (Integer) rs.getObject("receipt_code"),
                    rs.getString("receipt_description"),
                    instant(rs, "receipt_at")));
    String previous = rs.getString("previous_status");
    return new HistoryEntry(
        message,
        instant(rs, "at"),
        MessageStatus.valueOf(rs.getString("status")),
        Optional.ofNullable(previous).map(MessageStatus::valueOf),
        rs.getString("code"),
        rs.getString("reason"),
        Optional.ofNullable(instant(rs, "next_attempt_at")),
        receipt);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
