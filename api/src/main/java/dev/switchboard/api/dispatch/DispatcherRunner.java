package dev.switchboard.api.dispatch;

import dev.switchboard.domain.messaging.DispatchMessages;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs the dispatcher's workers: each claims due messages and sends them, and idles for the poll
 * interval, or until {@link #wake()}, when there are none.
 */
@ApplicationScoped
public class DispatcherRunner {

  private static final Logger LOG = Logger.getLogger(DispatcherRunner.class);

  private final DispatchMessages dispatch;
  private final DispatcherConfig config;
  private final Semaphore wakeUps = new Semaphore(0);
  private final List<Thread> workers = new ArrayList<>();
  private volatile boolean running;

  DispatcherRunner(DispatchMessages dispatch, DispatcherConfig config) {
    this.dispatch = dispatch;
    this.config = config;
  }

  void start(@Observes StartupEvent event) {
    if (!config.enabled()) {
      LOG.info("dispatcher disabled on this replica");
      return;
    }
    running = true;
    for (int i = 0; i < config.workers(); i++) {
      Thread worker = new Thread(this::work, "dispatcher-" + i);
      worker.setDaemon(true);
      workers.add(worker);
      worker.start();
    }
  }

  /** Tells idle workers that a message was queued, so it is sent without waiting for a poll. */
  public void wake() {
    if (wakeUps.availablePermits() < config.workers()) {
      wakeUps.release();
    }
  }

  private void work() {
    long failures = 0;
    while (running) {
      try {
        int claimed = dispatch.dispatchBatch(config.batchSize());
        failures = 0;
        if (claimed == 0) {
          wakeUps.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        if (!running) {
          return; // the database may already be going away during shutdown
        }
        failures++;
        LOG.warnf("dispatcher pass failed (%d in a row): %s", failures, e.toString());
        sleepQuietly(Math.min(5_000L, 100L << Math.min(failures, 6)));
      }
    }
  }

  void stop(@Observes ShutdownEvent event) {
    running = false;
    wakeUps.release(workers.size());
    for (Thread worker : workers) {
      try {
        // Let a send in flight finish and be recorded; a message left SENDING is settled later.
        worker.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
