package dev.switchboard.events;

import dev.switchboard.domain.events.port.out.EventSink;
import dev.switchboard.domain.events.port.out.OutboxFeed;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.jboss.logging.Logger;

/**
 * Moves events from the outbox to Kafka on one background thread: publishes in rounds while events
 * wait, sleeps until new ones are announced (or the poll interval passes), and after a failure
 * backs off and tries again, so events written while Kafka is down are published once it is back.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);
  private static final int MAX_ERROR_LENGTH = 300;

  private final OutboxFeed feed;
  private final EventSink sink;
  private final RelaySettings settings;
  private final boolean enabled;

  private final AtomicLong published = new AtomicLong();
  private final AtomicInteger consecutiveFailures = new AtomicInteger();
  private volatile Instant lastSuccessAt;
  private volatile String lastError;
  private volatile boolean running;
  private Thread worker;

  @Inject
  public OutboxRelay(OutboxFeed feed, EventSink sink, EventsConfig config) {
    this(feed, sink, RelaySettings.from(config.relay()), config.relay().enabled());
  }

  /** A relay outside CDI: call {@link #start()} and {@link #stop()} yourself. */
  public OutboxRelay(OutboxFeed feed, EventSink sink, RelaySettings settings) {
    this(feed, sink, settings, true);
  }

  private OutboxRelay(OutboxFeed feed, EventSink sink, RelaySettings settings, boolean enabled) {
    this.feed = Objects.requireNonNull(feed, "feed");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.enabled = enabled;
  }

  void onStart(@Observes StartupEvent event) {
    if (enabled) {
      start();
    } else {
      LOG.info("The outbox relay is disabled (switchboard.events.relay.enabled=false)");
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    stop();
  }

  /** Starts the relay thread; does nothing if it runs already. */
  public synchronized void start() {
    if (worker != null) {
      return;
    }
    running = true;
    worker = new Thread(this::run, "switchboard-outbox-relay");
    worker.setDaemon(true);
    worker.setUncaughtExceptionHandler(
        (thread, error) -> LOG.errorf(error, "The outbox relay stopped on an unexpected error"));
    worker.start();
  }

  /** Stops the relay thread and waits for it to end; an unfinished round is simply redone later. */
  public synchronized void stop() {
    if (worker == null) {
      return;
    }
    running = false;
    worker.interrupt();
    try {
      worker.join(STOP_WAIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    worker = null;
  }

  public synchronized boolean isRunning() {
    return worker != null && worker.isAlive();
  }

  /** How many events this relay has published since it started. */
  public long published() {
    return published.get();
  }

  /** When a round last ended without error, if ever. */
  public Optional<Instant> lastSuccessAt() {
    return Optional.ofNullable(lastSuccessAt);
  }

  /** Why the last round failed, while failures go on; empty once a round succeeds. */
  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  /** How many rounds in a row have failed; 0 after a success. */
  public int consecutiveFailures() {
    return consecutiveFailures.get();
  }

  private void run() {
    while (running) {
      try {
        long roundStart = System.nanoTime();
        int count = feed.publishNext(settings.batchSize(), sink);
        succeeded(count);
        if (count < settings.batchSize()) {
          feed.awaitNew(settings.pollInterval());
          lingerUntil(roundStart + settings.linger().toNanos());
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        if (!running || !pauseAfter(e)) {
          return;
        }
      }
    }
  }

  /**
   * Lets events gather until {@code deadline}. After a quiet spell the deadline has long passed and
   * the round starts at once; only rounds that follow each other closely wait.
   */
  private static void lingerUntil(long deadline) throws InterruptedException {
    for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
      LockSupport.parkNanos(left);
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
    }
  }

  private void succeeded(int count) {
    published.addAndGet(count);
    lastSuccessAt = Instant.now();
    lastError = null;
    consecutiveFailures.set(0);
  }

  /** Records a failed round and sleeps before the next; false when interrupted meanwhile. */
  private boolean pauseAfter(RuntimeException e) {
    int failures = consecutiveFailures.incrementAndGet();
    lastError = describe(e);
    Duration pause = settings.backoffAfter(failures);
    LOG.warnf(
        "Outbox relay round failed (%d in a row), retrying in %d ms: %s",
        failures, pause.toMillis(), lastError);
    try {
      Thread.sleep(pause.toMillis());
      return true;
    } catch (InterruptedException interrupted) {
      return false;
    }
  }

  /** The error class and message only: never a payload, and bounded in length. */
  private static String describe(Throwable e) {
    String text =
        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH) + "...";
  }
}
