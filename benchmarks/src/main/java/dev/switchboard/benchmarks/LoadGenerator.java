package dev.switchboard.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives an {@link Operation}: closed loop (N workers, each sending its next request when the last
 * is answered) or open loop at a fixed rate. Only operations that start after the warm-up and end
 * before the window closes are counted; bounded in time, it always stops by itself.
 */
public final class LoadGenerator {

  private LoadGenerator() {}

  /** {@code workers} concurrent callers for {@code warmup + measure}. */
  public static LoadResult closed(
      int workers, Duration warmup, Duration measure, Operation operation) throws Exception {
    long begin = System.nanoTime();
    long measureFrom = begin + warmup.toNanos();
    long measureTo = measureFrom + measure.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(workers, daemon("load"));
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    List<Future<Latencies>> futures = new ArrayList<>();
    try {
      for (int w = 0; w < workers; w++) {
        int worker = w;
        futures.add(
            pool.submit(
                () -> {
                  Latencies latencies = new Latencies();
                  while (true) {
                    long start = System.nanoTime();
                    if (start >= measureTo) {
                      return latencies;
                    }
                    boolean success;
                    try {
                      success = operation.run(worker, start);
                    } catch (Exception e) {
                      success = false;
                    }
                    long end = System.nanoTime();
                    if (start >= measureFrom && end <= measureTo) {
                      if (success) {
                        ok.incrementAndGet();
                        latencies.add(end - start);
                      } else {
                        failed.incrementAndGet();
                      }
                    }
                  }
                }));
      }
      return collect(futures, ok, failed, measure, measureTo);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Starts operations at {@code perSecond} on a pool of {@code maxInFlight} threads; latency runs
   * from the planned start, so a stalled server is not hidden by requests that were never sent.
   */
  public static LoadResult fixedRate(
      double perSecond, int maxInFlight, Duration warmup, Duration measure, Operation operation)
      throws Exception {
    Pacing pacing = Pacing.startingNow(perSecond, warmup, measure);
    ExecutorService pool = Executors.newFixedThreadPool(maxInFlight, daemon("rate"));
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    Latencies all = new Latencies();
    // A count rather than a list of futures: hundreds of thousands of retained futures made the
    // harness's own garbage-collection pauses long enough to stall the load it generates.
    AtomicLong outstanding = new AtomicLong();
    try {
      for (long planned = pacing.begin();
          planned < pacing.measureTo();
          planned += pacing.interval()) {
        long wait = planned - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        long start = planned;
        outstanding.incrementAndGet();
        pool.execute(
            () -> {
              try {
                boolean success;
                try {
                  success = operation.run(0, start);
                } catch (Exception e) {
                  success = false;
                }
                long end = System.nanoTime();
                if (pacing.counts(start)) {
                  if (success) {
                    ok.incrementAndGet();
                    synchronized (all) {
                      all.add(end - start);
                    }
                  } else {
                    failed.incrementAndGet();
                  }
                }
              } finally {
                outstanding.decrementAndGet();
              }
            });
      }
      while (outstanding.get() > 0 && System.nanoTime() < pacing.answersDeadline()) {
        Thread.sleep(5);
      }
      synchronized (all) {
        return new LoadResult(ok.get(), failed.get(), measure.toNanos() / 1e9, all);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static LoadResult collect(
      List<Future<Latencies>> futures,
      AtomicLong ok,
      AtomicLong failed,
      Duration measure,
      long measureTo)
      throws Exception {
    Latencies all = new Latencies();
    long deadline = measureTo + TimeUnit.SECONDS.toNanos(30);
    for (Future<Latencies> f : futures) {
      long left = Math.max(1, deadline - System.nanoTime());
      all.addAll(f.get(left, TimeUnit.NANOSECONDS));
    }
    return new LoadResult(ok.get(), failed.get(), measure.toNanos() / 1e9, all);
  }

  static java.util.concurrent.ThreadFactory daemon(String prefix) {
    AtomicLong count = new AtomicLong();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
