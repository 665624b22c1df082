package dev.switchboard.persistence.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells this process's relay that events may be waiting: directly, when this process committed them
 * ({@link #wake()}), or when a {@code switchboard_outbox} notification arrives from another replica
 * on a connection of its own that a background thread keeps LISTENing. When that connection breaks,
 * waiting degrades to sleeping the timeout (polling) until it can be opened again.
 */
@ApplicationScoped
public class OutboxNotifications {

  static final String CHANNEL = "switchboard_outbox";

  private static final Logger LOG = Logger.getLogger(OutboxNotifications.class.getName());

  /** How long the listener blocks on its connection before it checks whether to stop. */
  private static final int LISTEN_SLICE_MS = 250;

  private static final long RECONNECT_PAUSE_MS = 1_000;

  private final AgroalDataSource dataSource;
  private final Object signal = new Object();
  private boolean pending;
  private Thread listener;
  private volatile boolean closed;
  private volatile boolean relayingHere;

  public OutboxNotifications(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Returns when an event may have been written since the last call, or after the timeout. Call it
   * from one relay thread, outside any transaction.
   */
  public void await(Duration timeout) throws InterruptedException {
    startListening();
    long deadline = System.nanoTime() + Math.max(1, timeout.toNanos());
    synchronized (signal) {
      while (!pending) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return;
        }
        TimeUnit.NANOSECONDS.timedWait(signal, left);
      }
      pending = false;
    }
  }

  /** Whether news arrived since the last call or wait, without waiting; consumes it. */
  public boolean takeNews() {
    startListening();
    synchronized (signal) {
      boolean news = pending;
      pending = false;
      return news;
    }
  }

  /**
   * Whether this process's relay holds the turn. Only the turn's holder relays, so while it is here
   * no other replica needs telling of events committed here.
   */
  public boolean relayingHere() {
    return relayingHere;
  }

  /** Called by this process's relay when it takes the turn or gives it up. */
  void relaying(boolean here) {
    relayingHere = here;
  }

  /** Wakes the relay waiting in this process, or makes its next wait return at once. */
  public void wake() {
    synchronized (signal) {
      pending = true;
      signal.notifyAll();
    }
  }

  private synchronized void startListening() {
    if (listener != null || closed) {
      return;
    }
    listener = new Thread(this::listen, "switchboard-outbox-listener");
    listener.setDaemon(true);
    listener.start();
  }

  private void listen() {
    Connection connection = null;
    boolean warned = false;
    while (!closed) {
      try {
        if (connection == null) {
          connection = openListening();
          warned = false;
          // Events written while nobody listened sent no notification we can still receive.
          wake();
        }
        PGNotification[] received =
            connection.unwrap(PGConnection.class).getNotifications(LISTEN_SLICE_MS);
        if (received != null && received.length > 0) {
          wake();
        }
      } catch (SQLException e) {
        if (!closed && !warned) {
          LOG.log(Level.WARNING, "outbox LISTEN connection lost; polling until it reopens", e);
          warned = true;
        }
        closeQuietly(connection);
        connection = null;
        if (!pause()) {
          break;
        }
      }
    }
    closeQuietly(connection);
  }

  private Connection openListening() throws SQLException {
    Connection opened = dataSource.getConnection();
    try {
      opened.setAutoCommit(true);
      try (Statement statement = opened.createStatement()) {
        statement.execute("LISTEN " + CHANNEL);
      }
      return opened;
    } catch (SQLException e) {
      closeQuietly(opened);
      throw e;
    }
  }

  private boolean pause() {
    try {
      Thread.sleep(RECONNECT_PAUSE_MS);
      return true;
    } catch (InterruptedException e) {
      return false;
    }
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

  /** Stops the listener, which gives its connection back within one listening slice. */
  @PreDestroy
  void close() {
    Thread stopping;
    synchronized (this) {
      closed = true;
      stopping = listener;
    }
    if (stopping != null) {
      try {
        stopping.join(LISTEN_SLICE_MS + RECONNECT_PAUSE_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
