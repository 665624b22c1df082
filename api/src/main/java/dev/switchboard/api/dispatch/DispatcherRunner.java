package dev.switchboard.api.dispatch;

import dev.switchboard.domain.messaging.DispatchSettings;
import dev.switchboard.domain.messaging.MessageKind;
import dev.switchboard.domain.messaging.usecase.DispatchMessages;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs the dispatcher's workers, SMS and MMS apart (so an MMS backlog never holds SMS back): each
 * claims due messages of its kind, as many as its kind's rate can send within half the lease, and
 * idles for the poll interval, or until {@link #wake()}, when there are none. On stop it claims no
 * more, interrupts the workers that wait for a rate permit and gives sends in flight the grace
 * period; the unsent claims go back to the queue.
 */
@ApplicationScoped
public class DispatcherRunner {

  private static final Logger LOG = Logger.getLogger(DispatcherRunner.class);

  private final DispatchMessages dispatch;
  private final DispatcherConfig config;
  private final Map<MessageKind, Semaphore> wakeUps = new EnumMap<>(MessageKind.class);
  private final List<Thread> workers = new ArrayList<>();
  private volatile boolean running;

  DispatcherRunner(DispatchMessages dispatch, DispatcherConfig config) {
    this.dispatch = dispatch;
    this.config = config;
    for (MessageKind kind : MessageKind.values()) {
      wakeUps.put(kind, new Semaphore(0));
    }
  }

  void start(@Observes StartupEvent event) {
    if (!config.enabled()) {
      LOG.info("dispatcher disabled on this replica");
      return;
    }
    running = true;
    DispatchSettings settings = DispatchSettings.defaults(config.lease());
    int smsClaim = settings.claimSize(config.smsPerSecond(), config.workers(), config.batchSize());
    int mmsClaim =
        settings.claimSize(config.mmsPerSecond(), config.mmsWorkers(), config.batchSize());
    for (int i = 0; i < config.workers(); i++) {
      startWorker("dispatcher-sms-" + i, MessageKind.SMS, smsClaim);
    }
    for (int i = 0; i < config.mmsWorkers(); i++) {
      startWorker("dispatcher-mms-" + i, MessageKind.MMS, mmsClaim);
    }
  }

  private void startWorker(String name, MessageKind kind, int claimSize) {
    Thread worker = new Thread(() -> work(kind, claimSize), name);
    worker.setDaemon(true);
    workers.add(worker);
    worker.start();
  }

  /** Tells idle workers that a message was queued, so it is sent without waiting for a poll. */
  public void wake() {
    for (Semaphore kind : wakeUps.values()) {
      if (kind.availablePermits() < workers.size()) {
        kind.release();
      }
    }
  }

  private void work(MessageKind kind, int claimSize) {
    long failures = 0;
    while (running) {
      try {
        int claimed = dispatch.dispatchBatch(kind, claimSize);
        failures = 0;
        if (claimed == 0 && running) {
          wakeUps.get(kind).tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
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
    dispatch.stop();
    wakeUps.values().forEach(w -> w.release(workers.size()));
    long deadline = System.nanoTime() + config.shutdownGrace().toNanos();
    for (Thread worker : workers) {
      try {
        worker.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (worker.isAlive()) {
        // Its send outlived the grace period: its lease lapses and it is looked up before resent.
        LOG.warnf("%s still sending after the shutdown grace period", worker.getName());
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
