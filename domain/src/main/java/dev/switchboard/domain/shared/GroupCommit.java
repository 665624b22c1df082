package dev.switchboard.domain.shared;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Runs the work of concurrent callers in batches, one batch per transaction, and answers each
 * caller only once its batch has run: a durable commit costs about the same for one row as for a
 * hundred, so callers that arrive together share one.
 *
 * <p>Batches run on the given runners, at most {@code concurrency} at once; a runner takes every
 * item queued by then (up to {@code maxBatch}) and goes on with the next batch until none is left.
 * A lone caller therefore never waits for a timer, and under load batches grow by themselves while
 * the running ones commit. A caller may wait for its answer ({@link #submit}) or be called back
 * ({@link #enqueue}), which holds no thread of its own while the batch runs. Without runners of its
 * own, the caller that starts a batch runs it on its thread.
 *
 * <p>When a batch fails as a whole, each of its items is run again on its own, so that one bad item
 * fails only its own caller. The batch work must therefore be all-or-nothing (a transaction that
 * rolls back), and must answer one result per item, in order. Callers must not be inside a unit of
 * work of their own: a batch runs on another thread, and must commit by itself.
 *
 * @param <T> what a caller hands in
 * @param <R> what it gets back
 */
public final class GroupCommit<T, R> {

  /**
   * How far commits are shared.
   *
   * @param concurrency how many batches may run at once (each holds a database connection)
   * @param maxBatch the most items in one batch
   */
  public record Limits(int concurrency, int maxBatch) {

    /** One item per batch, any number of batches at once: no sharing at all. */
    public static final Limits NONE = new Limits(Integer.MAX_VALUE, 1);

    public Limits {
      if (concurrency < 1 || maxBatch < 1) {
        throw new IllegalArgumentException("concurrency and maxBatch must be at least 1");
      }
    }
  }

  private final Function<List<T>, List<R>> batchWork;
  private final int concurrency;
  private final int maxBatch;
  private final Executor runners;
  private final ReentrantLock lock = new ReentrantLock();
  private final ArrayDeque<Pending<T, R>> queue = new ArrayDeque<>();
  private int running;

  /** Batches run on the thread of the caller that starts them. */
  public GroupCommit(Function<List<T>, List<R>> batchWork, Limits limits) {
    this(batchWork, limits, Runnable::run);
  }

  /**
   * @param batchWork runs a batch in one transaction; one result per item, in the items' order
   * @param runners where batches run; it must start a task at once (no queue behind busy threads)
   *     for {@code concurrency} tasks
   */
  public GroupCommit(Function<List<T>, List<R>> batchWork, Limits limits, Executor runners) {
    this.batchWork = batchWork;
    this.concurrency = limits.concurrency();
    this.maxBatch = limits.maxBatch();
    this.runners = runners;
  }

  /** Runs {@code item} in the next batch and answers its result once that batch has committed. */
  public R submit(T item) {
    return Futures.await(enqueue(item));
  }

  /**
   * Queues {@code item} for the next batch; the answer completes once that batch has committed (or
   * with the item's own failure), on the thread that ran the batch.
   */
  public CompletableFuture<R> enqueue(T item) {
    Pending<T, R> mine = new Pending<>(item);
    boolean startRunner;
    lock.lock();
    try {
      queue.add(mine);
      startRunner = running < concurrency;
      if (startRunner) {
        running++;
      }
    } finally {
      lock.unlock();
    }
    if (startRunner) {
      start();
    }
    return mine.outcome;
  }

  /** How many items wait for a batch now. */
  public int queued() {
    lock.lock();
    try {
      return queue.size();
    } finally {
      lock.unlock();
    }
  }

  private void start() {
    try {
      runners.execute(this::drain);
    } catch (RejectedExecutionException refused) {
      List<Pending<T, R>> stranded = new ArrayList<>();
      lock.lock();
      try {
        running--;
        // Items stay for a running batch to take; only when none runs would they wait forever.
        if (running == 0) {
          stranded.addAll(queue);
          queue.clear();
        }
      } finally {
        lock.unlock();
      }
      stranded.forEach(pending -> pending.outcome.completeExceptionally(refused));
    }
  }

  /** One runner: batch after batch, until the queue is empty. */
  private void drain() {
    while (true) {
      List<Pending<T, R>> batch;
      lock.lock();
      try {
        if (queue.isEmpty()) {
          running--;
          return;
        }
        batch = new ArrayList<>(Math.min(queue.size(), maxBatch));
        while (batch.size() < maxBatch && !queue.isEmpty()) {
          batch.add(queue.poll());
        }
      } finally {
        lock.unlock();
      }
      run(batch);
    }
  }

  private void run(List<Pending<T, R>> batch) {
    List<R> results;
    try {
      results = batchWork.apply(batch.stream().map(p -> p.item).toList());
      if (results.size() != batch.size()) {
        throw new IllegalStateException(
            "batch of " + batch.size() + " answered " + results.size() + " results");
      }
    } catch (RuntimeException | Error failure) {
      if (batch.size() == 1) {
        batch.get(0).outcome.completeExceptionally(failure);
        return;
      }
      for (Pending<T, R> pending : batch) {
        runAlone(pending);
      }
      return;
    }
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).outcome.complete(results.get(i));
    }
  }

  private void runAlone(Pending<T, R> pending) {
    try {
      pending.outcome.complete(batchWork.apply(List.of(pending.item)).get(0));
    } catch (RuntimeException | Error alone) {
      pending.outcome.completeExceptionally(alone);
    }
  }

  /** One caller's item and its answer. */
  private record Pending<T, R>(T item, CompletableFuture<R> outcome) {
    Pending(T item) {
      this(item, new CompletableFuture<>());
    }
  }
}
