package dev.switchboard.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Fills {@code messages} with generated history in SQL ({@code generate_series}), not through the
 * API: rows i = 1..n are 250 ms apart from a fixed start, half inbound and half outbound, between
 * one of 20 account numbers and one of 100,000 peers, with time-ordered (UUIDv7) ids as the
 * platform makes them. Loading more later continues the same series.
 */
final class MessageLoader {

  static final int OUR_NUMBERS = 20;
  static final long SPACING_MILLIS = 250;
  private static final long CHUNK = 1_000_000;

  private static final String INSERT =
      "INSERT INTO messages (id, direction, from_number, to_number, body, media, status,"
          + " flowroute_id, attempts, created_at, updated_at)"
          + " SELECT (lpad(to_hex((extract(epoch FROM t) * 1000)::bigint), 12, '0') || '7'"
          + " || substr(h, 1, 3) || '8' || substr(h, 4, 15))::uuid,"
          + " CASE WHEN i % 2 = 0 THEN 'INBOUND' ELSE 'OUTBOUND' END,"
          + " CASE WHEN i % 2 = 0 THEN peer ELSE ours END,"
          + " CASE WHEN i % 2 = 0 THEN ours ELSE peer END,"
          + " 'Loaded message ' || i, '[]'::jsonb,"
          + " CASE WHEN i % 2 = 0 THEN 'RECEIVED' WHEN i % 50 = 1 THEN 'FAILED'"
          + " WHEN i % 50 = 3 THEN 'SENT' ELSE 'DELIVERED' END,"
          + " 'mdr2-' || h, CASE WHEN i % 2 = 0 THEN 0 ELSE 1 END, t, t"
          + " FROM (SELECT i, ?::timestamptz + i * interval '"
          + SPACING_MILLIS
          + " milliseconds' AS t, md5(i::text) AS h,"
          + " '+120655501' || lpad((abs(hashtext('o' || i)::bigint) % "
          + OUR_NUMBERS
          + ")::text, 2, '0') AS ours,"
          + " '+13125' || lpad((abs(hashtext('p' || i)::bigint) % 100000)::text, 6, '0') AS peer"
          + " FROM generate_series(?::bigint, ?::bigint) AS i) g";

  private final Connection connection;

  MessageLoader(Connection connection) throws SQLException {
    this.connection = connection;
    try (Statement s = connection.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS benchmark_loader (t0 timestamptz NOT NULL,"
              + " loaded bigint NOT NULL)");
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM benchmark_loader")) {
        rs.next();
        if (rs.getLong(1) == 0) {
          s.execute(
              "INSERT INTO benchmark_loader VALUES (date_trunc('second', now()) - interval '30"
                  + " days', 0)");
        }
      }
    }
  }

  /** When row 0 would have been stored: the start of the generated history. */
  Instant start() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT t0 FROM benchmark_loader")) {
      rs.next();
      return rs.getObject(1, OffsetDateTime.class).toInstant();
    }
  }

  long loaded() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT loaded FROM benchmark_loader")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Adds rows until {@code target} are loaded, a million per transaction, then analyses. */
  void loadUpTo(long target, java.util.function.LongConsumer progress) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      OffsetDateTime t0 = OffsetDateTime.ofInstant(start(), ZoneOffset.UTC);
      long done = loaded();
      while (done < target) {
        long to = Math.min(target, done + CHUNK);
        try (PreparedStatement insert = connection.prepareStatement(INSERT);
            PreparedStatement mark =
                connection.prepareStatement("UPDATE benchmark_loader SET loaded = ?")) {
          insert.setObject(1, t0);
          insert.setLong(2, done + 1);
          insert.setLong(3, to);
          insert.executeUpdate();
          mark.setLong(1, to);
          mark.executeUpdate();
        }
        connection.commit();
        done = to;
        progress.accept(done);
      }
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
    try (Statement s = connection.createStatement()) {
      s.execute("ANALYZE messages");
    }
  }
}
