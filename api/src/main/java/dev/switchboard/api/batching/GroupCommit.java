package dev.switchboard.api.batching;

import dev.switchboard.domain.shared.Futures;
import dev.switchboard.domain.shared.StorageUnavailableException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs the work of concurrent callers in batches, one batch per transaction, and answers each
 * caller only once its batch has run: a durable commit costs about the same for one row as for a
 * hundred, so callers that arrive together share one.
 *
 * <p>Batches run on the given runners, at most {@code concurrency} at once; a runner takes every
 * item queued by then (up to {@code maxBatch}) and goes on with the next batch until none is left.
 * A lone caller therefore never waits for a timer, and under load batches grow by themselves while
 * the running ones commit. With a linger, a runner whose batch shared its commit but was not full
 * starts its next one no sooner than the linger after that batch started (at once when a full batch
 * waits): under a steady concurrent load each commit then carries several items instead of one or
 * two, so the machine spends less on commits and the callers queue less for it. A batch of one item
 * is not followed by a wait, so a caller sending one request after another, or one after a quiet
 * spell, waits for nothing. A caller may wait for its answer ({@link #submit}) or be called back
 * ({@link #enqueue}), which holds no thread of its own while the batch runs. Without runners of its
 * own, the caller that starts a batch runs it on its thread.
 *
 * <p>When a batch fails as a whole for a reason of its data, each of its items is run again on its
 * own, so that one bad item fails only its own caller. When it fails because the database is away
 * ({@link StorageUnavailableException}), every caller of the batch gets that failure at once:
 * running the items one by one would only repeat the wait once per item. The batch work must
 * therefore be all-or-nothing (a transaction that rolls back), and must answer one result per item,
 * in order. Callers must not be inside a unit of work of their own: a batch runs on another thread,
 * and must commit by itself.
 *
 * <p>The queue is bounded and every caller has a deadline: a full queue refuses a new item at once.
 * Each item is PENDING until a batch takes it, which the batch does inside its {@link Scope} (its
 * transaction, once it holds its connection), moving every item it still finds PENDING to TAKEN
 * atomically. At its deadline an item still PENDING is answered with a {@link
 * StorageUnavailableException} and is never run, so its caller may be told it was not stored; an
 * item already TAKEN waits for its batch's outcome, which the scope must bound (the connection's
 * read timeout), so that its caller learns what became of it: a database that hangs makes callers
 * wait seconds, not minutes, and a 503 at the deadline never hides a stored request.
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
   * @param linger the least time from the start of a runner's batch of more than one item that was
   *     not full to the start of its next one, zero for none: see {@link GroupCommit}
   */
  public record Limits(
      int concurrency, int maxBatch, int maxQueued, Duration deadline, Duration linger) {

    /**
     * @param maxQueued the most items waiting for a batch; one more is refused at once
     * @param deadline how long a caller waits for its answer at most, or null for no limit
     */
    public Limits {
      if (concurrency < 1 || maxBatch < 1 || maxQueued < 1) {
        throw new IllegalArgumentException(
            "concurrency, maxBatch and maxQueued must be at least 1");
      }
      if (deadline != null && (deadline.isNegative() || deadline.isZero())) {
        throw new IllegalArgumentException("the deadline must be positive");
      }
      if (linger == null || linger.isNegative()) {
        throw new IllegalArgumentException("the linger must be zero or positive");
      }
    }

    /** No linger. */
    public Limits(int concurrency, int maxBatch, int maxQueued, Duration deadline) {
      this(concurrency, maxBatch, maxQueued, deadline, Duration.ZERO);
    }

    /** No bound on the queue, no deadline and no linger. */
    public Limits(int concurrency, int maxBatch) {
      this(concurrency, maxBatch, Integer.MAX_VALUE, null);
    }
  }

  /**
   * Where a batch runs: typically its transaction, which gets its database connection before it
   * calls {@code batch}, so that items are taken only by a batch that can write them.
   */
  public interface Scope {

    /** Runs {@code batch} inside the scope and returns what it returns. */
    <X> X run(Supplier<X> batch);

    /** No scope: the batch work runs as it is (it opens its own transaction). */
    Scope DIRECT = Supplier::get;
  }

  /** What a refused or late caller is told to wait before trying again. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(2);

  /** One timer thread for every deadline of every group commit; it only completes futures. */
  private static final ScheduledThreadPoolExecutor DEADLINES = deadlineTimer();

  private final Function<List<T>, List<R>> batchWork;
  private final int concurrency;
  private final int maxBatch;
  private final int maxQueued;
  private final Duration deadline;
  private final long lingerNanos;
  private final Executor runners;
  private final Scope scope;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition fullBatchWaits = lock.newCondition();
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
    this(batchWork, limits, runners, Scope.DIRECT);
  }

  /**
   * @param scope where each batch runs; it takes the batch's items when it calls the batch, and
   *     must bound how long the batch may then take (a TAKEN item waits for it past its deadline)
   */
  public GroupCommit(
      Function<List<T>, List<R>> batchWork, Limits limits, Executor runners, Scope scope) {
    this.batchWork = batchWork;
    this.scope = scope;
    this.concurrency = limits.concurrency();
    this.maxBatch = limits.maxBatch();
    this.maxQueued = limits.maxQueued();
    this.deadline = limits.deadline();
    this.lingerNanos = limits.linger().toNanos();
    this.runners = runners;
  }

  /** Runs {@code item} in the next batch and answers its result once that batch has committed. */
  public R submit(T item) {
    return Futures.await(enqueue(item));
  }

  /**
   * Queues {@code item} for the next batch; the answer completes once that batch has committed (or
   * with the item's own failure), on the thread that ran the batch. With the queue full it fails at
   * once, and past the deadline with a {@link StorageUnavailableException}.
   */
  public CompletableFuture<R> enqueue(T item) {
    return enqueueAll(List.of(item)).get(0);
  }

  /**
   * Queues {@code items} together, one after the other, so that they share as few batches as {@code
   * maxBatch} allows; one answer per item, in order, each as {@link #enqueue} answers it. When they
   * do not all fit in the queue, none is queued and every answer fails at once.
   */
  public List<CompletableFuture<R>> enqueueAll(List<T> items) {
    List<Pending<T, R>> mine = new ArrayList<>(items.size());
    for (T item : items) {
      mine.add(new Pending<>(item));
    }
    int toStart;
    lock.lock();
    try {
      if (queue.size() + items.size() > maxQueued) {
        StorageUnavailableException full =
            new StorageUnavailableException(
                "too many requests wait for the database (" + maxQueued + "); retry shortly",
                RETRY_AFTER);
        return mine.stream().map(p -> CompletableFuture.<R>failedFuture(full)).toList();
      }
      queue.addAll(mine);
      if (queue.size() >= maxBatch) {
        fullBatchWaits.signalAll();
      }
      // Enough runners for the batches these items fill, as far as the concurrency allows.
      int batches = (items.size() + maxBatch - 1) / maxBatch;
      toStart = Math.max(0, Math.min(concurrency - running, batches));
      running += toStart;
    } finally {
      lock.unlock();
    }
    if (deadline != null) {
      mine.forEach(this::watchDeadline);
    }
    for (int i = 0; i < toStart; i++) {
      start();
    }
    return mine.stream().map(p -> p.outcome).toList();
  }

  /**
   * Fails {@code pending} at its deadline if no batch has taken it by then: it is certain never to
   * be stored. A taken item is answered by its batch.
   */
  private void watchDeadline(Pending<T, R> pending) {
    ScheduledFuture<?> timer =
        DEADLINES.schedule(
            () -> {
              if (!pending.expire()) {
                return;
              }
              lock.lock();
              try {
                queue.remove(pending);
              } finally {
                lock.unlock();
              }
              pending.outcome.completeExceptionally(
                  new StorageUnavailableException(
                      "the database did not take this request within "
                          + deadline.toMillis()
                          + " ms, and it was not stored; retry shortly",
                      RETRY_AFTER));
            },
            deadline.toNanos(),
            TimeUnit.NANOSECONDS);
    pending.outcome.whenComplete((result, failure) -> timer.cancel(false));
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
    long nextStart = System.nanoTime();
    while (true) {
      List<Pending<T, R>> batch;
      lock.lock();
      try {
        lingerUntil(nextStart);
        if (queue.isEmpty()) {
          running--;
          return;
        }
        batch = new ArrayList<>(Math.min(queue.size(), maxBatch));
        while (batch.size() < maxBatch && !queue.isEmpty()) {
          Pending<T, R> next = queue.poll();
          if (next.pending()) { // a caller answered at its deadline is not run
            batch.add(next);
          }
        }
      } finally {
        lock.unlock();
      }
      long started = System.nanoTime();
      if (!batch.isEmpty()) {
        run(batch);
      }
      nextStart = lingers(batch.size()) ? started + lingerNanos : started;
    }
  }

  /**
   * Whether the runner waits for the linger after a batch of {@code size}: not after a full one
   * (more wait), and not after a lone item, which had no companion to share its commit. A caller
   * that sends one request after another finds its batch alone every time, and holding it back
   * would only slow it down; callers arriving together fill batches of two or more, and only then
   * is a wait likely to be rewarded with a fuller commit (as PostgreSQL's {@code commit_delay}
   * waits only when {@code commit_siblings} other transactions are active).
   */
  private boolean lingers(int size) {
    return size > 1 && size < maxBatch;
  }

  /**
   * Holding the lock, waits until {@code deadline} while the queue holds less than a full batch.
   * The runner stays counted as running meanwhile, so items that arrive join its next batch rather
   * than start a runner of their own beyond the concurrency. An interrupted runner stops waiting.
   */
  private void lingerUntil(long deadline) {
    for (long left = deadline - System.nanoTime();
        left > 0 && queue.size() < maxBatch;
        left = deadline - System.nanoTime()) {
      try {
        fullBatchWaits.awaitNanos(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void run(List<Pending<T, R>> batch) {
    List<Pending<T, R>> taken = new ArrayList<>(batch.size());
    List<R> results;
    try {
      results =
          scope.run(
              () -> {
                for (Pending<T, R> pending : batch) {
                  if (pending.take()) {
                    taken.add(pending);
                  }
                }
                return taken.isEmpty()
                    ? List.<R>of()
                    : batchWork.apply(taken.stream().map(p -> p.item).toList());
              });
      if (results.size() != taken.size()) {
        throw new IllegalStateException(
            "batch of " + taken.size() + " answered " + results.size() + " results");
      }
    } catch (RuntimeException | Error failure) {
      if (taken.size() <= 1 || databaseAway(failure)) {
        // Taken or not (the scope failed before it could take them), every caller learns why.
        batch.forEach(pending -> pending.outcome.completeExceptionally(failure));
        return;
      }
      for (Pending<T, R> pending : taken) {
        runAlone(pending);
      }
      return;
    }
    for (int i = 0; i < taken.size(); i++) {
      taken.get(i).outcome.complete(results.get(i));
    }
  }

  /** A failure that running the items one by one would only repeat: the database is away. */
  private static boolean databaseAway(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof StorageUnavailableException) {
        return true;
      }
    }
    return false;
  }

  private static ScheduledThreadPoolExecutor deadlineTimer() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "switchboard-group-commit-deadlines");
              thread.setDaemon(true);
              return thread;
            });
    // Most deadlines are cancelled (the batch answered first): drop them rather than keep them.
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  private void runAlone(Pending<T, R> pending) {
    try {
      pending.outcome.complete(scope.run(() -> batchWork.apply(List.of(pending.item))).get(0));
    } catch (RuntimeException | Error alone) {
      pending.outcome.completeExceptionally(alone);
    }
  }

  /** One caller's item, whether a batch has taken it, and its answer. */
  private static final class Pending<T, R> {
    private static final int PENDING = 0;
    private static final int TAKEN = 1;
    private static final int EXPIRED = 2;

    final T item;
    final CompletableFuture<R> outcome = new CompletableFuture<>();
    private final AtomicInteger state = new AtomicInteger(PENDING);

    Pending(T item) {
      this.item = item;
    }

    boolean pending() {
      return state.get() == PENDING;
    }

    /** PENDING to TAKEN: from now on only its batch answers it. */
    boolean take() {
      return state.compareAndSet(PENDING, TAKEN);
    }

    /** PENDING to EXPIRED: no batch will ever take it. */
    boolean expire() {
      return state.compareAndSet(PENDING, EXPIRED);
    }
  }
}
