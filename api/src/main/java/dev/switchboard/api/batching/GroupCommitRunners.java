package dev.switchboard.api.batching;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * The threads that run group-commit batches, so that a request waiting for its batch holds no
 * thread: at most {@code concurrency} per use case are busy, and an idle one ends after a minute.
 */
@Singleton
public class GroupCommitRunners implements Executor {

  private static final Logger LOG = Logger.getLogger(GroupCommitRunners.class);

  private final AtomicInteger count = new AtomicInteger();
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "switchboard-group-commit-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });

  @Override
  public void execute(Runnable batches) {
    threads.execute(batches);
  }

  /** Lets the running batches commit and answer their callers before the application stops. */
  @PreDestroy
  void stop() {
    threads.shutdown();
    try {
      if (!threads.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("group-commit batches still running after 10 s at shutdown");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
