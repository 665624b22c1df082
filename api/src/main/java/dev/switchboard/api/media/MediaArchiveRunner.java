package dev.switchboard.api.media;

import dev.switchboard.domain.messaging.usecase.ArchiveInboundMedia;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs the workers that copy inbound media into our storage: each claims due media (replicas share
 * them through the database's {@code SKIP LOCKED}), copies them, and idles for the poll interval
 * when there are none. Counts what it does for the metrics.
 */
@ApplicationScoped
public class MediaArchiveRunner {

  private static final Logger LOG = Logger.getLogger(MediaArchiveRunner.class);

  private final ArchiveInboundMedia archive;
  private final MediaConfig config;
  private final Counter archived;
  private final Counter retried;
  private final Counter failed;
  private final List<Thread> workers = new ArrayList<>();
  private final Object idle = new Object();
  private volatile boolean running;

  MediaArchiveRunner(ArchiveInboundMedia archive, MediaConfig config, MeterRegistry registry) {
    this.archive = archive;
    this.config = config;
    this.archived =
        Counter.builder("switchboard.media.archived")
            .description("inbound media copied into our storage")
            .register(registry);
    this.retried =
        Counter.builder("switchboard.media.archive.failures")
            .description("failed copies of inbound media; retried after a back-off or given up")
            .tag("outcome", "retry")
            .register(registry);
    this.failed =
        Counter.builder("switchboard.media.archive.failures")
            .description("failed copies of inbound media; retried after a back-off or given up")
            .tag("outcome", "given-up")
            .register(registry);
  }

  void start(@Observes StartupEvent event) {
    if (!config.archive().enabled()) {
      LOG.info("inbound media copies disabled on this replica");
      return;
    }
    running = true;
    for (int i = 0; i < config.archive().workers(); i++) {
      Thread worker = new Thread(this::work, "media-archive-" + i);
      worker.setDaemon(true);
      workers.add(worker);
      worker.start();
    }
  }

  /** Tells idle workers that media may be due, so a copy starts without waiting for a poll. */
  public void wake() {
    synchronized (idle) {
      idle.notifyAll();
    }
  }

  private void work() {
    long failures = 0;
    while (running) {
      try {
        ArchiveInboundMedia.Pass pass = archive.archiveBatch(config.archive().batchSize());
        archived.increment(pass.archived());
        retried.increment(pass.retried());
        failed.increment(pass.failed());
        failures = 0;
        if (pass.claimed() == 0 && running) {
          synchronized (idle) {
            idle.wait(config.archive().pollInterval().toMillis());
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        if (!running) {
          return;
        }
        failures++;
        LOG.warnf("media archive pass failed (%d in a row): %s", failures, e.getClass().getName());
        try {
          Thread.sleep(Math.min(5_000L, 100L << Math.min(failures, 6)));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  void stop(@Observes ShutdownEvent event) {
    running = false;
    wake();
    for (Thread worker : workers) {
      try {
        // A copy in flight is left to its lease: another replica takes it over.
        worker.join(TimeUnit.SECONDS.toMillis(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
