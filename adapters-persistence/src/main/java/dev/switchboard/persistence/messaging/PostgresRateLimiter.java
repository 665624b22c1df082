package dev.switchboard.persistence.messaging;

import dev.switchboard.domain.messaging.RateUsage;
import dev.switchboard.domain.messaging.port.out.RateLimiter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The account's rate for one kind of send, shared by every replica through PostgreSQL: {@code R =
 * ceil(rate)} leased permit slots in {@code rate_permits}, each free again one window ({@code R /
 * rate} s, database clock) after its send was answered, and a pause in {@code rate_pauses} that
 * every replica honours. A slot is handed out up to {@link #EARLY} before it is free, so that the
 * round trips between taking it and sending (the take itself, the claim's fence) overlap the wait;
 * {@link Permit#sending()} waits out the rest. Each call runs in its own short transaction.
 */
public final class PostgresRateLimiter implements RateLimiter {

  private static final Logger LOG = Logger.getLogger(PostgresRateLimiter.class.getName());

  /** Longest sleep while every slot is taken: a slot comes back when its send is answered. */
  private static final long MAX_POLL_MILLIS = 25;

  /** How long before it is free a slot may be taken (its taker then waits in {@code sending}). */
  static final Duration EARLY = Duration.ofMillis(50);

  private static final String PAUSED_UNTIL =
      "COALESCE((SELECT paused_until FROM rate_pauses WHERE kind = ?), '-infinity')";

  /**
   * Takes the slot free soonest (within EARLY); returns it and how long until it is free, in µs.
   */
  private static final String TAKE =
      "UPDATE rate_permits p SET free_at = clock_timestamp() + ? * interval '1 millisecond',"
          + " holder = ? FROM (SELECT slot, free_at AS was FROM rate_permits WHERE kind = ?"
          + " AND free_at <= clock_timestamp() + ? * interval '1 microsecond'"
          + " AND "
          + PAUSED_UNTIL
          + " <= clock_timestamp() + ? * interval '1 microsecond'"
          + " ORDER BY free_at LIMIT 1 FOR UPDATE SKIP LOCKED) picked"
          + " WHERE p.kind = ? AND p.slot = picked.slot RETURNING p.slot,"
          + " EXTRACT(EPOCH FROM (GREATEST(picked.was, "
          + PAUSED_UNTIL
          + ", clock_timestamp()) - clock_timestamp())) * 1000000";

  private static final String WAIT =
      "SELECT GREATEST((SELECT min(free_at) FROM rate_permits WHERE kind = ?), "
          + PAUSED_UNTIL
          + ") - clock_timestamp()";

  private static final String RELEASE =
      "UPDATE rate_permits SET free_at = clock_timestamp() + ? * interval '1 microsecond',"
          + " holder = NULL WHERE kind = ? AND slot = ? AND holder = ?";

  private static final String PAUSE =
      "INSERT INTO rate_pauses (kind, paused_until)"
          + " VALUES (?, clock_timestamp() + ? * interval '1 millisecond')"
          + " ON CONFLICT (kind) DO UPDATE"
          + " SET paused_until = GREATEST(rate_pauses.paused_until, EXCLUDED.paused_until)";

  /**
   * Slots taken (in flight) or cooling (free again later): the sends of the last window, all
   * replicas; and what is left of a 429's pause, in ms.
   */
  private static final String USAGE =
      "SELECT (SELECT count(*) FROM rate_permits WHERE kind = ? AND free_at > clock_timestamp()),"
          + " COALESCE((SELECT EXTRACT(EPOCH FROM (paused_until - clock_timestamp())) * 1000"
          + " FROM rate_pauses WHERE kind = ? AND paused_until > clock_timestamp()), 0)";

  private final DataSource dataSource;
  private final String kind;
  private final double permitsPerSecond;
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
    this.permitsPerSecond = permitsPerSecond;
    int permits = (int) Math.ceil(permitsPerSecond);
    this.windowMicros = (long) Math.ceil(permits * 1_000_000d / permitsPerSecond);
    this.leaseMillis = lease.toMillis() + windowMicros / 1000 + EARLY.toMillis();
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
        SlotPermit permit = inOwnTransaction(c -> take(c, holder));
        if (permit != null) {
          return permit;
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

  private SlotPermit take(Connection c, long holder) throws SQLException {
    long early = EARLY.toNanos() / 1000;
    try (PreparedStatement take = c.prepareStatement(TAKE)) {
      take.setLong(1, leaseMillis);
      take.setLong(2, holder);
      take.setString(3, kind);
      take.setLong(4, early);
      take.setString(5, kind);
      take.setLong(6, early);
      take.setString(7, kind);
      take.setString(8, kind);
      try (ResultSet row = take.executeQuery()) {
        if (!row.next()) {
          return null;
        }
        long freeInNanos = (long) Math.ceil(row.getDouble(2)) * 1000;
        return new SlotPermit(row.getInt(1), holder, System.nanoTime() + freeInNanos);
      }
    }
  }

  private long wait(Connection c) throws SQLException {
    try (PreparedStatement wait =
        c.prepareStatement("SELECT EXTRACT(EPOCH FROM (" + WAIT + ")) * 1000")) {
      wait.setString(1, kind);
      wait.setString(2, kind);
      try (ResultSet row = wait.executeQuery()) {
        return row.next() ? (long) Math.ceil(row.getDouble(1)) - EARLY.toMillis() : MAX_POLL_MILLIS;
      }
    }
  }

  /** One taken slot: free again one window after its answer, or at once if nothing was sent. */
  private final class SlotPermit implements Permit {
    private final int slot;
    private final long holder;
    private final long freeAtNanos;
    private boolean sent;
    private boolean closed;

    SlotPermit(int slot, long holder, long freeAtNanos) {
      this.slot = slot;
      this.holder = holder;
      this.freeAtNanos = freeAtNanos;
    }

    @Override
    public void sending() {
      boolean interrupted = false;
      long left;
      while ((left = freeAtNanos - System.nanoTime()) > 0) {
        LockSupport.parkNanos(left);
        // A stop lets a send that has its permit go out: the flag is kept for the caller.
        interrupted |= Thread.interrupted();
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      sent = true;
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      release(slot, holder, sent ? System.nanoTime() : Long.MIN_VALUE);
    }
  }

  /**
   * @param answeredNanos when the send was answered ({@link System#nanoTime()}), or {@link
   *     Long#MIN_VALUE} when nothing was sent
   */
  private void release(int slot, long holder, long answeredNanos) {
    try {
      inOwnTransaction(
          c -> {
            try (PreparedStatement release = c.prepareStatement(RELEASE)) {
              // The database's clock sets free_at; this replica's clock only measures how long ago
              // the answer came, so the replicas' clocks never need to agree.
              long delayMicros =
                  answeredNanos == Long.MIN_VALUE
                      ? 0
                      : Math.max(0, windowMicros - (System.nanoTime() - answeredNanos) / 1000);
              release.setLong(1, delayMicros);
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

  @Override
  public RateUsage usage() {
    return inOwnTransaction(
        c -> {
          try (PreparedStatement statement = c.prepareStatement(USAGE)) {
            statement.setString(1, kind);
            statement.setString(2, kind);
            try (ResultSet row = statement.executeQuery()) {
              row.next();
              return new RateUsage(
                  row.getLong(1) * 1_000_000d / windowMicros,
                  permitsPerSecond,
                  Duration.ofMillis(Math.max(0, (long) row.getDouble(2))));
            }
          }
        });
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
