package dev.switchboard.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Waits for the {@code switchboard_outbox} notifications the outbox trigger sends on commit, on a
 * connection of its own that stays LISTENing. When that connection breaks, waiting degrades to
 * sleeping the timeout (polling) until it can be opened again.
 */
@ApplicationScoped
public class OutboxNotifications {

  static final String CHANNEL = "switchboard_outbox";

  private static final Logger LOG = Logger.getLogger(OutboxNotifications.class.getName());

  private final AgroalDataSource dataSource;
  private final ReentrantLock waiting = new ReentrantLock();
  private volatile Connection connection;
  private volatile boolean closed;

  public OutboxNotifications(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Returns when an event may have been written since the last call, or after the timeout. Call it
   * from one relay thread, outside any transaction.
   */
  public void await(Duration timeout) throws InterruptedException {
    // Zero would make pgjdbc wait forever.
    long millis = Math.max(1, timeout.toMillis());
    waiting.lockInterruptibly();
    try {
      if (closed) {
        Thread.sleep(millis);
        return;
      }
      if (connection == null) {
        if (listen()) {
          // Events written while nobody listened sent no notification we can still receive.
          return;
        }
        Thread.sleep(millis);
        return;
      }
      try {
        connection.unwrap(PGConnection.class).getNotifications((int) Math.min(millis, 1 << 30));
      } catch (SQLException e) {
        if (!closed) {
          LOG.log(Level.WARNING, "outbox LISTEN connection broke; polling until it reopens", e);
        }
        discard();
        Thread.sleep(millis);
      }
      if (closed) {
        discard();
      }
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
    } finally {
      waiting.unlock();
    }
  }

  private boolean listen() {
    Connection opened = null;
    try {
      opened = dataSource.getConnection();
      opened.setAutoCommit(true);
      try (Statement statement = opened.createStatement()) {
        statement.execute("LISTEN " + CHANNEL);
      }
      connection = opened;
      return true;
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "could not LISTEN for outbox events; polling", e);
      closeQuietly(opened);
      return false;
    }
  }

  private void discard() {
    Connection broken = connection;
    connection = null;
    closeQuietly(broken);
  }

  private static void closeQuietly(Connection c) {
    if (c == null) {
      return;
    }
    try {
      // The connection goes back to the pool: it must not keep collecting notifications there.
      try (Statement statement = c.createStatement()) {
        statement.execute("UNLISTEN *");
      }
    } catch (SQLException ignored) {
      // Broken anyway; closing it is all that is left.
    }
    try {
      c.close();
    } catch (SQLException ignored) {
      // Nothing more can be done with a connection that will not close.
    }
  }

  /**
   * Releases the connection at shutdown. A waiter blocked on it is not disturbed (pgjdbc holds the
   * connection's lock while it waits); it releases the connection itself when its wait ends.
   */
  @PreDestroy
  void close() {
    closed = true;
    if (waiting.tryLock()) {
      try {
        discard();
      } finally {
        waiting.unlock();
      }
    }
  }
}
