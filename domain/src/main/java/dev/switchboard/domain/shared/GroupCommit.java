package dev.switchboard.domain.shared;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Runs the work of concurrent callers in batches, one batch per transaction, and answers each
 * caller only once its batch has run: a durable commit costs about the same for one row as for a
 * hundred, so callers that arrive together share one.
 *
 * <p>There is no thread of its own: a waiting caller runs the next batch itself (with every item
 * queued by then, its own among them) whenever fewer than {@code concurrency} batches are running.
 * A lone caller therefore never waits for a timer, and under load batches grow by themselves while
 * the running ones commit.
 *
 * <p>When a batch fails as a whole, each of its items is run again on its own, so that one bad item
 * fails only its own caller. The batch work must therefore be all-or-nothing (a transaction that
 * rolls back), and must answer one result per item, in order. Callers must not be inside a unit of
 * work of their own: a batch may run on another caller's thread, and must commit by itself.
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
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition finished = lock.newCondition();
  private final ArrayDeque<Pending<T, R>> queue = new ArrayDeque<>();
  private int running;

  /**
   * @param batchWork runs a batch in one transaction; one result per item, in the items' order
   */
  public GroupCommit(Function<List<T>, List<R>> batchWork, Limits limits) {
    this.batchWork = batchWork;
    this.concurrency = limits.concurrency();
    this.maxBatch = limits.maxBatch();
  }

  /** Runs {@code item} in the next batch and answers its result once that batch has committed. */
  public R submit(T item) {
    Pending<T, R> mine = new Pending<>(item);
    lock.lock();
    try {
      queue.add(mine);
      while (!mine.done) {
        if (running < concurrency) {
          runNextBatch();
        } else {
          finished.awaitUninterruptibly();
        }
      }
    } finally {
      lock.unlock();
    }
    return mine.outcome();
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

  /** Called holding the lock; releases it while the batch runs. */
  private void runNextBatch() {
    List<Pending<T, R>> batch = new ArrayList<>(Math.min(queue.size(), maxBatch));
    while (batch.size() < maxBatch && !queue.isEmpty()) {
      batch.add(queue.poll());
    }
    running++;
    lock.unlock();
    try {
      run(batch);
    } finally {
      lock.lock();
      running--;
      for (Pending<T, R> pending : batch) {
        pending.done = true;
      }
      finished.signalAll();
    }
  }

  private void run(List<Pending<T, R>> batch) {
    try {
      List<R> results = batchWork.apply(batch.stream().map(p -> p.item).toList());
      if (results.size() != batch.size()) {
        throw new IllegalStateException(
            "batch of " + batch.size() + " answered " + results.size() + " results");
      }
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).result = results.get(i);
      }
    } catch (RuntimeException | Error failure) {
      if (batch.size() == 1) {
        batch.get(0).failure = failure;
        return;
      }
      for (Pending<T, R> pending : batch) {
        try {
          pending.result = batchWork.apply(List.of(pending.item)).get(0);
        } catch (RuntimeException | Error alone) {
          pending.failure = alone;
        }
      }
    }
  }

  /** One caller's item and, once its batch has run, its result or failure. */
  private static final class Pending<T, R> {
    private final T item;
    // Written by the batch's runner before it takes the lock to mark the batch done; read by the
    // caller after it saw done under the same lock.
    private R result;
    private Throwable failure;
    private boolean done;

    private Pending(T item) {
      this.item = item;
    }

    private R outcome() {
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failure instanceof Error error) {
        throw error;
      }
      return result;
    }
  }
}
