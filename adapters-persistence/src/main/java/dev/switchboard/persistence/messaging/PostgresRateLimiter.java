package dev.switchboard.persistence.messaging;

import dev.switchboard.domain.messaging.port.out.RateLimiter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The account's rate for one kind of send, shared by every replica through PostgreSQL: {@code R =
 * ceil(rate)} leased permit slots in {@code rate_permits}, each free again one window ({@code R /
 * rate} s, database clock) after its send was answered, and a pause in {@code rate_pauses} that
 * every replica honours. Each call runs in its own short transaction, never in the caller's.
 */
public final class PostgresRateLimiter implements RateLimiter {

  private static final Logger LOG = Logger.getLogger(PostgresRateLimiter.class.getName());

  /** Longest sleep while every slot is taken: a slot comes back when its send is answered. */
  private static final long MAX_POLL_MILLIS = 25;

  private static final String TAKE =
      "UPDATE rate_permits p SET free_at = clock_timestamp() + ? * interval '1 millisecond',"
          + " holder = ? FROM (SELECT slot FROM rate_permits WHERE kind = ?"
          + " AND free_at <= clock_timestamp()"
          + " AND COALESCE((SELECT paused_until FROM rate_pauses WHERE kind = ?), '-infinity')"
          + " <= clock_timestamp()"
          + " ORDER BY free_at LIMIT 1 FOR UPDATE SKIP LOCKED) picked"
          + " WHERE p.kind = ? AND p.slot = picked.slot RETURNING p.slot";

  private static final String WAIT =
      "SELECT GREATEST((SELECT min(free_at) FROM rate_permits WHERE kind = ?),"
          + " COALESCE((SELECT paused_until FROM rate_pauses WHERE kind = ?), '-infinity'))"
          + " - clock_timestamp()";

  private static final String RELEASE =
      "UPDATE rate_permits SET free_at = clock_timestamp() + ? * interval '1 microsecond',"
          + " holder = NULL WHERE kind = ? AND slot = ? AND holder = ?";

  private static final String PAUSE =
      "INSERT INTO rate_pauses (kind, paused_until)"
          + " VALUES (?, clock_timestamp() + ? * interval '1 millisecond')"
          + " ON CONFLICT (kind) DO UPDATE"
          + " SET paused_until = GREATEST(rate_pauses.paused_until, EXCLUDED.paused_until)";

  private final DataSource dataSource;
  private final String kind;
  private final long windowMicros;
  private final long leaseMillis;

  /**
   * @param kind the kind of send ({@code sms}, {@code mms}); each has its own slots and pause
   * @param permitsPerSecond the ACCOUNT's rate for that kind, all replicas together
   * @param lease how long a taken slot stays taken if its holder never gives it back (a replica
   *     killed mid-send): longer than a send can take
   */
  PostgresRateLimiter(DataSource dataSource, String kind, double permitsPerSecond, Duration lease) {
    if (!(permitsPerSecond > 0)) {
      throw new IllegalArgumentException("the rate must be positive, got " + permitsPerSecond);
    }
    this.dataSource = dataSource;
    this.kind = kind;
    int permits = (int) Math.ceil(permitsPerSecond);
    this.windowMicros = (long) Math.ceil(permits * 1_000_000d / permitsPerSecond);
    this.leaseMillis = lease.toMillis() + windowMicros / 1000;
    inOwnTransaction(c -> provision(c, permits));
  }

  /** Makes exactly {@code permits} slots for this kind (the rate may have changed since). */
  private Void provision(Connection c, int permits) throws SQLException {
    try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
      lock.setString(1, "rate_permits:" + kind);
      lock.execute();
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO rate_permits (kind, slot, free_at) SELECT ?, g, '-infinity'"
                + " FROM generate_series(0, ? - 1) g ON CONFLICT DO NOTHING")) {
      insert.setString(1, kind);
      insert.setInt(2, permits);
      insert.executeUpdate();
    }
    try (PreparedStatement delete =
        c.prepareStatement("DELETE FROM rate_permits WHERE kind = ? AND slot >= ?")) {
      delete.setString(1, kind);
      delete.setInt(2, permits);
      delete.executeUpdate();
    }
    return null;
  }

  @Override
  public Permit acquire() throws InterruptedException {
    long holder = ThreadLocalRandom.current().nextLong();
    boolean warned = false;
    while (true) {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      long waitMillis;
      try {
        Integer slot = inOwnTransaction(c -> take(c, holder));
        if (slot != null) {
          return () -> release(slot, holder);
        }
        waitMillis = inOwnTransaction(this::wait);
      } catch (RuntimeException e) {
        // PostgreSQL is unreachable: nothing can be claimed or recorded either; try again.
        if (!warned) {
          LOG.log(Level.WARNING, "cannot reach the shared " + kind + " rate; retrying", e);
          warned = true;
        }
        waitMillis = 1000;
      }
      Thread.sleep(Math.max(1, Math.min(waitMillis, MAX_POLL_MILLIS)));
    }
  }

  private Integer take(Connection c, long holder) throws SQLException {
    try (PreparedStatement take = c.prepareStatement(TAKE)) {
      take.setLong(1, leaseMillis);
      take.setLong(2, holder);
      take.setString(3, kind);
      take.setString(4, kind);
      take.setString(5, kind);
      try (ResultSet row = take.executeQuery()) {
        return row.next() ? row.getInt(1) : null;
      }
    }
  }

  private long wait(Connection c) throws SQLException {
    try (PreparedStatement wait =
        c.prepareStatement("SELECT EXTRACT(EPOCH FROM (" + WAIT + ")) * 1000")) {
      wait.setString(1, kind);
      wait.setString(2, kind);
      try (ResultSet row = wait.executeQuery()) {
        return row.next() ? (long) Math.ceil(row.getDouble(1)) : MAX_POLL_MILLIS;
      }
    }
  }

  private void release(int slot, long holder) {
    try {
      inOwnTransaction(
          c -> {
            try (PreparedStatement release = c.prepareStatement(RELEASE)) {
              release.setLong(1, windowMicros);
              release.setString(2, kind);
              release.setInt(3, slot);
              release.setLong(4, holder);
              release.executeUpdate();
            }
            return null;
          });
    } catch (RuntimeException e) {
      // The slot's lease gives it back later; the rate is only slower meanwhile.
      LOG.log(Level.WARNING, "could not give back a " + kind + " rate permit", e);
    }
  }

  @Override
  public void pause(Duration pause) {
    try {
      inOwnTransaction(
          c -> {
            try (PreparedStatement statement = c.prepareStatement(PAUSE)) {
              statement.setString(1, kind);
              statement.setLong(2, pause.toMillis());
              statement.executeUpdate();
            }
            return null;
          });
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not pause the shared " + kind + " rate", e);
    }
  }

  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Commits at once, whatever transaction the calling thread is in. */
  private <T> T inOwnTransaction(Work<T> work) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
              }
            });
  }
}
