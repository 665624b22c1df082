package dev.switchboard.persistence.outbox;

import dev.switchboard.persistence.common.DaemonThreads;
import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Wakes the relays once a transaction that wrote outbox rows has committed: this process's relay
 * directly, and, unless that relay holds the turn (then no other replica relays), every replica's
 * with a {@code switchboard_outbox} notification sent afterwards on a connection of its own, at
 * most one per {@link #MIN_INTERVAL}. PostgreSQL serialises the commits of transactions that
 * notify, so the writing transactions themselves never do.
 */
@ApplicationScoped
public class OutboxWakeUp {

  /** The shortest time between two notifications from this process. */
  static final Duration MIN_INTERVAL = Duration.ofMillis(2);

  private static final Logger LOG = Logger.getLogger(OutboxWakeUp.class.getName());

  /** Marks, in a transaction's resources, that it will wake the relays after it commits. */
  private static final Object REGISTERED = new Object();

  private final TransactionSynchronizationRegistry transactions;
  private final OutboxNotifications local;
  private final AgroalDataSource dataSource;
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final AtomicLong sent = new AtomicLong();
  private final ExecutorService notifier = DaemonThreads.single("switchboard-outbox-notifier");

  // Used by the notifier thread only.
  private Connection connection;
  private long lastSentNanos = System.nanoTime() - MIN_INTERVAL.toNanos();
  private boolean warned;

  public OutboxWakeUp(
      TransactionSynchronizationRegistry transactions,
      OutboxNotifications local,
      AgroalDataSource dataSource) {
    this.transactions = transactions;
    this.local = local;
    this.dataSource = dataSource;
  }

  /**
   * Wakes the relays after the current transaction commits, and not at all if it rolls back. Call
   * it inside the transaction; calling it again in the same one changes nothing.
   */
  public void afterCommit() {
    if (transactions.getResource(REGISTERED) != null) {
      return;
    }
    transactions.putResource(REGISTERED, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // Nothing to announce before the outcome is known.
          }

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              committed();
            }
          }
        });
  }

  /** How many notifications this process has sent to the other replicas. */
  public long notificationsSent() {
    return sent.get();
  }

  private void committed() {
    local.wake();
    if (local.relayingHere()) {
      return;
    }
    if (scheduled.compareAndSet(false, true)) {
      try {
        notifier.execute(this::notifyReplicas);
      } catch (RejectedExecutionException e) {
        // Shutting down: the other replicas' relays poll anyway.
        scheduled.set(false);
      }
    }
  }

  private void notifyReplicas() {
    long wait = lastSentNanos + MIN_INTERVAL.toNanos() - System.nanoTime();
    if (wait > 0) {
      LockSupport.parkNanos(wait);
    }
    // Cleared before sending: a commit from now on schedules a notification of its own, so none
    // goes unannounced, and every commit before now is covered by this one.
    scheduled.set(false);
    try {
      if (connection == null) {
        connection = dataSource.getConnection();
        connection.setAutoCommit(true);
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("NOTIFY " + OutboxNotifications.CHANNEL);
      }
      sent.incrementAndGet();
      warned = false;
    } catch (SQLException e) {
      if (!warned) {
        LOG.log(Level.WARNING, "could not notify other replicas of new events; they poll", e);
        warned = true;
      }
      closeConnection();
    }
    lastSentNanos = System.nanoTime();
  }

  private void closeConnection() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // Broken anyway: a new one is opened for the next notification.
      }
      connection = null;
    }
  }

  @PreDestroy
  void close() {
    notifier.shutdown();
    try {
      if (notifier.awaitTermination(1, TimeUnit.SECONDS)) {
        closeConnection();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
