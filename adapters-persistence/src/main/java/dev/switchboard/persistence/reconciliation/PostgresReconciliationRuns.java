package dev.switchboard.persistence.reconciliation;

import dev.switchboard.persistence.common.DatabaseFailures;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One reconciliation of each kind (the inventory's, the messages') at a time in the whole cluster,
 * and the last report of each kept in PostgreSQL. A run holds a session advisory lock on a
 * connection of its own (released when the run ends, or by the server when the replica dies); a
 * scheduled run that finds the lock taken, or the last report younger than the interval, does not
 * run.
 */
@ApplicationScoped
public class PostgresReconciliationRuns {

  /** The first key of the reconciliation's two-key advisory lock (the relay's is 0x53420002). */
  static final int LOCK_NAMESPACE = 0x53420003;

  /** The reconciliations that run one at a time: each its own lock and its own report row. */
  public enum Kind {
    INVENTORY(0, 1),
    MESSAGES(1, 2);

    private final int lockKey;
    private final int row;

    Kind(int lockKey, int row) {
      this.lockKey = lockKey;
      this.row = row;
    }
  }

  /** How often a run that waits for another one tries the lock again. */
  private static final Duration LOCK_POLL = Duration.ofMillis(250);

  private static final String SAVE =
      """
      INSERT INTO reconciliation_report (id, finished_at, report) VALUES (?, ?, ?::jsonb)
      ON CONFLICT (id) DO UPDATE SET finished_at = excluded.finished_at, report = excluded.report
      """;

  private final AgroalDataSource dataSource;

  public PostgresReconciliationRuns(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Runs {@code work} while holding the cluster's reconciliation lock.
   *
   * @param wait whether to wait for a run in progress elsewhere (on demand) or give up (scheduled)
   * @param skipIfWithin give up when the last report is younger than this (null: never)
   * @return the work's result, or empty when it did not run
   */
  public <T> Optional<T> exclusively(boolean wait, Duration skipIfWithin, Supplier<T> work) {
    return exclusively(Kind.INVENTORY, wait, skipIfWithin, work);
  }

  /** As {@link #exclusively(boolean, Duration, Supplier)}, for one kind of reconciliation. */
  public <T> Optional<T> exclusively(
      Kind kind, boolean wait, Duration skipIfWithin, Supplier<T> work) {
    try (Connection own = dataSource.getConnection()) {
      own.setAutoCommit(true);
      if (!lock(own, kind, wait)) {
        return Optional.empty();
      }
      try {
        if (skipIfWithin != null && ranWithin(own, kind, skipIfWithin)) {
          return Optional.empty();
        }
        return Optional.of(work.get());
      } finally {
        try (Statement unlock = own.createStatement()) {
          // A pooled connection keeps its session: the lock must not go back to the pool with it.
          unlock.execute("SELECT pg_advisory_unlock(" + LOCK_NAMESPACE + ", " + kind.lockKey + ")");
        }
      }
    } catch (SQLException e) {
      throw DatabaseFailures.translate(
          new IllegalStateException("the reconciliation lock could not be taken", e));
    }
  }

  /** Keeps {@code reportJson} as the cluster's last report. */
  public void save(Instant finishedAt, String reportJson) {
    save(Kind.INVENTORY, finishedAt, reportJson);
  }

  /** Keeps {@code reportJson} as the cluster's last report of this kind. */
  public void save(Kind kind, Instant finishedAt, String reportJson) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement save = c.prepareStatement(SAVE)) {
      c.setAutoCommit(true);
      save.setInt(1, kind.row);
      save.setObject(2, OffsetDateTime.ofInstant(finishedAt, ZoneOffset.UTC));
      save.setString(3, reportJson);
      save.executeUpdate();
    } catch (SQLException e) {
      throw DatabaseFailures.translate(
          new IllegalStateException("the reconciliation report could not be saved", e));
    }
  }

  /** The cluster's last report, as it was saved. */
  public Optional<String> last() {
    return last(Kind.INVENTORY);
  }

  /** The cluster's last report of this kind, as it was saved. */
  public Optional<String> last(Kind kind) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement read =
            c.prepareStatement("SELECT report::text FROM reconciliation_report WHERE id = ?")) {
      read.setInt(1, kind.row);
      try (ResultSet row = read.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw DatabaseFailures.translate(
          new IllegalStateException("the reconciliation report could not be read", e));
    }
  }

  /**
   * Takes the lock, waiting for a run in progress elsewhere when {@code wait}. The wait polls
   * rather than blocking in {@code pg_advisory_lock}: each try answers at once, so a run may wait
   * as long as the other takes while every statement stays within the read timeout (a hung server
   * is noticed).
   */
  private static boolean lock(Connection c, Kind kind, boolean wait) throws SQLException {
    while (!tryLock(c, kind)) {
      if (!wait) {
        return false;
      }
      try {
        Thread.sleep(LOCK_POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the reconciliation lock", e);
      }
    }
    return true;
  }

  private static boolean tryLock(Connection c, Kind kind) throws SQLException {
    try (Statement take = c.createStatement();
        ResultSet result =
            take.executeQuery(
                "SELECT pg_try_advisory_lock(" + LOCK_NAMESPACE + ", " + kind.lockKey + ")")) {
      result.next();
      return result.getBoolean(1);
    }
  }

  private static boolean ranWithin(Connection c, Kind kind, Duration within) throws SQLException {
    try (PreparedStatement recent =
        c.prepareStatement(
            "SELECT finished_at > now() - make_interval(secs => ?) FROM reconciliation_report"
                + " WHERE id = ?")) {
      recent.setDouble(1, within.toMillis() / 1000.0);
      recent.setInt(2, kind.row);
      try (ResultSet row = recent.executeQuery()) {
        return row.next() && row.getBoolean(1);
      }
    }
  }
}
