package dev.switchboard.persistence.outbox;

import dev.switchboard.domain.events.EventStream;
import dev.switchboard.domain.events.OutboxRecord;
import dev.switchboard.domain.events.TraceContext;
import dev.switchboard.domain.events.port.out.EventSink;
import dev.switchboard.domain.events.port.out.OutboxFeed;
import dev.switchboard.persistence.common.DaemonThreads;
import dev.switchboard.persistence.common.ReadTimeout;
import dev.switchboard.persistence.messaging.PanacheDeliveryReceipts;
import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The relay's side of the outbox in PostgreSQL. One relay at a time publishes: it holds the turn, a
 * session advisory lock on a connection of its own, for as long as its rounds succeed, and gives it
 * up when a round fails or it closes, so that another replica can go on.
 *
 * <p>A round costs one statement besides the Kafka send: it removes the previous round's events,
 * which Kafka holds, and reads the next ones. The last round's events are removed before the relay
 * waits for news or closes. Call it from one relay thread.
 */
@ApplicationScoped
public class PostgresOutboxFeed implements OutboxFeed {

  /** The first key of the relay's two-key advisory lock (see {@link PanacheDeliveryReceipts}). */
  static final int LOCK_NAMESPACE = 0x53420002;

  private static final String TAKE_TURN = "SELECT pg_try_advisory_lock(?, 0)";

  /**
   * The relay's session plans its few statements once, and reads the outbox by its primary key. The
   * pool plans every statement for its values (the listings need that), and for this read the
   * planner, told by the statistics of vacuum and analyse that the table holds a few dozen rows,
   * chose to scan and sort its whole heap, dead rows and all, on every round. The settings the pool
   * gave the connection are kept, to be given back with it.
   */
  static final String PLAN_ONCE_BY_INDEX =
      """
      SELECT current_setting('plan_cache_mode'), current_setting('enable_seqscan'),
             set_config('plan_cache_mode', 'force_generic_plan', false),
             set_config('enable_seqscan', 'off', false)
      """;

  /** Gives the turn up and the pool's planner settings back, before the pool takes it again. */
  private static final String GIVE_BACK =
      """
      SELECT pg_advisory_unlock_all(), set_config('plan_cache_mode', ?, false),
             set_config('enable_seqscan', ?, false)
      """;

  /**
   * Removes published positions from the outbox without waiting for the WAL flush at commit: it
   * only drops what Kafka already holds, and a delete lost to a database crash publishes those
   * events again, the at-least-once duplicate a relay crash causes too; the webhook and send
   * commits do not queue behind the relay's. The setting is local to the statement's own
   * transaction.
   */
  private static final String REMOVE =
      """
      DELETE FROM outbox USING (SELECT set_config('synchronous_commit', 'off', true)) AS no_flush
      WHERE position = ANY(?)
      """;

  /**
   * {@link #REMOVE}s the positions of the first parameter and reads the oldest events besides them:
   * the read sees the table as it was before the delete, so it leaves them out itself.
   */
  static final String REMOVE_AND_READ =
      "WITH removed AS ("
          + REMOVE
          + """
      )
      SELECT o.position, o.event_id, o.type, o.stream, o.event_key, o.subject, o.occurred_at,
             o.data::text, o.traceparent, o.tracestate
      FROM outbox o
      WHERE o.position <> ALL(?)
      ORDER BY o.position LIMIT ?
      """;

  /**
   * Vacuums the outbox, which holds few live rows but takes thousands of deletes a second: the
   * read's index scan starts at the lowest position and walks every dead entry left of the first
   * live row, so until autovacuum comes round (once a minute by default) each round grows slower.
   * No lock that writers wait for; without the right to vacuum, PostgreSQL only warns. It runs on a
   * thread and connection of its own, so no event waits for it.
   */
  private static final String VACUUM = "VACUUM (SKIP_LOCKED, TRUNCATE false) outbox";

  /** Rows removed before the relay vacuums the outbox, at most once per {@link #VACUUM_EVERY}. */
  static final int VACUUM_AFTER_REMOVED = 5_000;

  static final Duration VACUUM_EVERY = Duration.ofSeconds(1);

  private static final Long[] NONE = new Long[0];

  private static final Logger LOG = Logger.getLogger(PostgresOutboxFeed.class.getName());

  private final AgroalDataSource dataSource;
  private final OutboxNotifications notifications;
  private final int vacuumAfterRemoved;
  private final long vacuumEveryNanos;
  private long removedSinceVacuum;
  private long lastVacuumNanos = System.nanoTime();
  private final AtomicBoolean vacuuming = new AtomicBoolean();
  private final ExecutorService vacuumer = DaemonThreads.single("switchboard-outbox-vacuum");

  private Connection connection;
  private String poolPlanCacheMode;
  private String poolEnableSeqscan;
  private boolean holdingTurn;

  /** Positions Kafka holds that are still to be removed from the outbox. */
  private Long[] published = NONE;

  @Inject
  public PostgresOutboxFeed(AgroalDataSource dataSource, OutboxNotifications notifications) {
    this(dataSource, notifications, VACUUM_AFTER_REMOVED, VACUUM_EVERY);
  }

  PostgresOutboxFeed(
      AgroalDataSource dataSource,
      OutboxNotifications notifications,
      int vacuumAfterRemoved,
      Duration vacuumEvery) {
    this.dataSource = dataSource;
    this.notifications = notifications;
    this.vacuumAfterRemoved = vacuumAfterRemoved;
    this.vacuumEveryNanos = vacuumEvery.toNanos();
  }

  /**
   * {@inheritDoc}
   *
   * <p>When the sink throws, nothing of this round is removed and the turn is given up, so the
   * events are handed out again, by this relay or another one.
   */
  @Override
  public synchronized int publishNext(int max, EventSink sink) {
    if (max < 1) {
      return 0;
    }
    List<OutboxRecord> records;
    try {
      if (!holdingTurn && !takeTurn(sink)) {
        return 0;
      }
      records = removeAndRead(max);
      vacuumIfDue();
    } catch (SQLException e) {
      throw lost(e);
    }
    if (records.isEmpty()) {
      return 0;
    }
    try {
      sink.publish(records);
    } catch (RuntimeException e) {
      closeConnection();
      throw e;
    }
    published = records.stream().map(OutboxRecord::position).toArray(Long[]::new);
    return records.size();
  }

  /** Removes the last round's events unless news is already waiting: then the next round does. */
  @Override
  public void awaitNew(Duration timeout) throws InterruptedException {
    if (notifications.takeNews()) {
      return;
    }
    removePublished();
    notifications.await(timeout);
  }

  /** Removes what was published, then gives up the turn and the connection. */
  @PreDestroy
  public synchronized void close() {
    try {
      removePublished();
    } finally {
      closeConnection();
    }
  }

  private synchronized void removePublished() {
    if (published.length == 0) {
      return;
    }
    try (PreparedStatement delete = connection().prepareStatement(REMOVE)) {
      delete.setArray(1, positions(published));
      delete.executeUpdate();
      removed();
    } catch (SQLException e) {
      throw lost(e);
    }
  }

  /**
   * Removes what was published first, so a relay taking over does not publish it again; once the
   * turn is ours, the sink fences every earlier holder before anything is read.
   */
  private boolean takeTurn(EventSink sink) throws SQLException {
    removePublished();
    try (PreparedStatement take = connection().prepareStatement(TAKE_TURN)) {
      take.setInt(1, LOCK_NAMESPACE);
      try (ResultSet result = take.executeQuery()) {
        result.next();
        holdingTurn = result.getBoolean(1);
      }
    }
    if (holdingTurn) {
      try {
        sink.turnTaken();
      } catch (RuntimeException e) {
        closeConnection();
        throw e;
      }
    }
    notifications.relaying(holdingTurn);
    return holdingTurn;
  }

  /** Starts a vacuum beside the relay when due: the rounds do not wait for it. */
  private void vacuumIfDue() {
    long now = System.nanoTime();
    if (removedSinceVacuum < vacuumAfterRemoved
        || now - lastVacuumNanos < vacuumEveryNanos
        || !vacuuming.compareAndSet(false, true)) {
      return;
    }
    removedSinceVacuum = 0;
    lastVacuumNanos = now;
    try {
      vacuumer.execute(this::vacuum);
    } catch (RejectedExecutionException e) {
      vacuuming.set(false);
    }
  }

  private void vacuum() {
    try (Connection own = dataSource.getConnection()) {
      own.setAutoCommit(true);
      // A vacuum of a bloated outbox may take long, and nobody waits for it.
      ReadTimeout.lift(own);
      try (Statement vacuum = own.createStatement()) {
        vacuum.execute(VACUUM);
      }
    } catch (SQLException e) {
      // Autovacuum still comes round; the relay only reads more slowly until it does.
      LOG.log(Level.WARNING, "could not vacuum the outbox", e);
    } finally {
      vacuuming.set(false);
    }
  }

  private List<OutboxRecord> removeAndRead(int max) throws SQLException {
    List<OutboxRecord> records = new ArrayList<>();
    try (PreparedStatement select = connection().prepareStatement(REMOVE_AND_READ)) {
      Array removing = positions(published);
      select.setArray(1, removing);
      select.setArray(2, removing);
      select.setInt(3, max);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          records.add(
              new OutboxRecord(
                  rows.getLong(1),
                  rows.getObject(2, UUID.class),
                  rows.getString(3),
                  EventStream.valueOf(rows.getString(4)),
                  rows.getString(5),
                  rows.getString(6),
                  rows.getObject(7, OffsetDateTime.class).toInstant(),
                  rows.getString(8),
                  TraceContext.ofNullable(rows.getString(9), rows.getString(10))));
        }
      }
    }
    removed();
    return records;
  }

  /** The published positions are gone from the outbox; they count towards the next vacuum. */
  private void removed() {
    removedSinceVacuum += published.length;
    published = NONE;
  }

  private Array positions(Long[] values) throws SQLException {
    return connection().createArrayOf("int8", values);
  }

  /** The relay's own connection, in autocommit: each statement commits by itself. */
  private Connection connection() throws SQLException {
    if (connection == null) {
      Connection opened = dataSource.getConnection();
      try {
        opened.setAutoCommit(true);
        try (Statement plan = opened.createStatement();
            ResultSet pool = plan.executeQuery(PLAN_ONCE_BY_INDEX)) {
          pool.next();
          poolPlanCacheMode = pool.getString(1);
          poolEnableSeqscan = pool.getString(2);
        }
      } catch (SQLException e) {
        opened.close();
        throw e;
      }
      connection = opened;
    }
    return connection;
  }

  /** A broken connection may still hold the turn server-side: closing it is what gives it up. */
  private OutboxFeedException lost(SQLException e) {
    closeConnection();
    return new OutboxFeedException("the outbox could not be read or cleared", e);
  }

  private void closeConnection() {
    holdingTurn = false;
    notifications.relaying(false);
    if (connection == null) {
      return;
    }
    Connection closing = connection;
    connection = null;
    try {
      // A pooled connection keeps its session: the lock must not go back to the pool with it.
      try (PreparedStatement giveBack = closing.prepareStatement(GIVE_BACK)) {
        giveBack.setString(1, poolPlanCacheMode);
        giveBack.setString(2, poolEnableSeqscan);
        giveBack.execute();
      }
    } catch (SQLException ignored) {
      // Broken: the server ends its session, and the lock with it.
    }
    try {
      closing.close();
    } catch (SQLException ignored) {
      // Nothing more can be done with a connection that will not close.
    }
  }
}
