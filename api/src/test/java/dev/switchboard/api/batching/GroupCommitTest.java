package dev.switchboard.api.batching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.StorageUnavailableException;
import dev.switchboard.domain.shared.ValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

  private final ExecutorService callers = Executors.newFixedThreadPool(16);
  private final List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void stop() {
    callers.shutdownNow();
  }

  private List<String> record(List<Integer> batch) {
    batches.add(batch);
    return batch.stream().map(i -> "r" + i).toList();
  }

  @Test
  void a_lone_caller_runs_its_own_batch_at_once() {
    GroupCommit<Integer, String> commits =
        new GroupCommit<>(this::record, new GroupCommit.Limits(1, 100));

    assertThat(commits.submit(7)).isEqualTo("r7");
    assertThat(batches).containsExactly(List.of(7));
  }

  @Test
  void callers_arriving_while_a_batch_runs_share_the_next_one() throws Exception {
    CountDownLatch firstRunning = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    GroupCommit<Integer, String> commits =
        new GroupCommit<>(
            recordingAfter(firstRunning, releaseFirst), new GroupCommit.Limits(1, 100));

    Future<String> first = callers.submit(() -> commits.submit(0));
    firstRunning.await(5, TimeUnit.SECONDS);
    List<Future<String>> others = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      int item = i;
      others.add(callers.submit(() -> commits.submit(item)));
    }
    waitUntilQueued(commits, 10);
    releaseFirst.countDown();

    assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("r0");
    for (int i = 0; i < others.size(); i++) {
      assertThat(others.get(i).get(5, TimeUnit.SECONDS)).isEqualTo("r" + (i + 1));
    }
    assertThat(batches).hasSize(2);
    assertThat(batches.get(1)).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  }

  @Test
  void batches_are_cut_at_the_largest_size() throws Exception {
    CountDownLatch firstRunning = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    GroupCommit<Integer, String> commits =
        new GroupCommit<>(recordingAfter(firstRunning, releaseFirst), new GroupCommit.Limits(1, 3));

    List<Future<String>> all = new ArrayList<>();
    all.add(callers.submit(() -> commits.submit(0)));
    firstRunning.await(5, TimeUnit.SECONDS);
    for (int i = 1; i <= 7; i++) {
      int item = i;
      all.add(callers.submit(() -> commits.submit(item)));
    }
    waitUntilQueued(commits, 7);
    releaseFirst.countDown();
    for (Future<String> result : all) {
      result.get(5, TimeUnit.SECONDS);
    }

    assertThat(batches).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(3));
    assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(8);
    assertThat(batches).hasSize(4);
  }

  @Test
  void never_runs_more_batches_at_once_than_allowed() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    GroupCommit<Integer, String> commits =
        new GroupCommit<>(
            batch -> {
              most.accumulateAndGet(running.incrementAndGet(), Math::max);
              sleep(2);
              running.decrementAndGet();
              return record(batch);
            },
            new GroupCommit.Limits(2, 4));

    List<Future<String>> all = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int item = i;
      all.add(callers.submit(() -> commits.submit(item)));
    }
    for (int i = 0; i < all.size(); i++) {
      assertThat(all.get(i).get(10, TimeUnit.SECONDS)).isEqualTo("r" + i);
    }

    assertThat(most.get()).isEqualTo(2);
    assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(200);
  }

  @Test
  void a_failing_item_fails_only_its_own_caller() throws Exception {
    CountDownLatch firstRunning = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    GroupCommit<Integer, String> commits =
        new GroupCommit<>(
            batch -> {
              if (batches.isEmpty()) {
                firstRunning.countDown();
                await(releaseFirst);
              }
              if (batch.contains(13)) {
                batches.add(List.of(-1));
                throw new ValidationException(ProblemType.INVALID_FILTER, "13 is refused");
              }
              return record(batch);
            },
            new GroupCommit.Limits(1, 100));

    Future<String> first = callers.submit(() -> commits.submit(0));
    firstRunning.await(5, TimeUnit.SECONDS);
    Future<String> twelve = callers.submit(() -> commits.submit(12));
    Future<String> thirteen = callers.submit(() -> commits.submit(13));
    Future<String> fourteen = callers.submit(() -> commits.submit(14));
    waitUntilQueued(commits, 3);
    releaseFirst.countDown();

    assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("r0");
    assertThat(twelve.get(5, TimeUnit.SECONDS)).isEqualTo("r12");
    assertThat(fourteen.get(5, TimeUnit.SECONDS)).isEqualTo("r14");
    assertThatThrownBy(() -> thirteen.get(5, TimeUnit.SECONDS))
        .hasCauseInstanceOf(ValidationException.class)
        .hasMessageContaining("13 is refused");
  }

  @Test
  void a_batch_answering_the_wrong_number_of_results_fails_its_callers() {
    GroupCommit<Integer, String> commits =
        new GroupCommit<>(batch -> List.of(), new GroupCommit.Limits(1, 10));

    assertThatThrownBy(() -> commits.submit(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("answered 0 results");
  }

  @Test
  void an_enqueued_item_is_answered_from_the_runner_once_its_batch_ran_without_holding_the_caller()
      throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<String> runnerNames = Collections.synchronizedList(new ArrayList<>());
    ExecutorService runners = Executors.newCachedThreadPool(task -> new Thread(task, "runner"));
    try {
      GroupCommit<Integer, String> commits =
          new GroupCommit<>(
              batch -> {
                runnerNames.add(Thread.currentThread().getName());
                await(release);
                return record(batch);
              },
              new GroupCommit.Limits(1, 100),
              runners);

      CompletableFuture<String> answer = commits.enqueue(5);

      assertThat(answer).isNotDone();
      release.countDown();
      assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo("r5");
      assertThat(runnerNames).containsExactly("runner");
    } finally {
      runners.shutdownNow();
    }
  }

  @Test
  void one_runner_goes_on_with_the_next_batch_until_nothing_is_queued() throws Exception {
    CountDownLatch firstRunning = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    AtomicInteger started = new AtomicInteger();
    ExecutorService threads = Executors.newCachedThreadPool();
    try {
      GroupCommit<Integer, String> commits =
          new GroupCommit<>(
              recordingAfter(firstRunning, releaseFirst),
              new GroupCommit.Limits(1, 4),
              task -> {
                started.incrementAndGet();
                threads.execute(task);
              });

      List<CompletableFuture<String>> answers = new ArrayList<>();
      answers.add(commits.enqueue(0));
      firstRunning.await(5, TimeUnit.SECONDS);
      for (int i = 1; i <= 10; i++) {
        answers.add(commits.enqueue(i));
      }
      releaseFirst.countDown();

      for (int i = 0; i < answers.size(); i++) {
        assertThat(answers.get(i).get(5, TimeUnit.SECONDS)).isEqualTo("r" + i);
      }
      assertThat(started).hasValue(1);
      assertThat(batches.stream().map(List::size).toList()).containsExactly(1, 4, 4, 2);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void items_fail_when_no_runner_can_be_started_for_them() {
    GroupCommit<Integer, String> commits =
        new GroupCommit<>(
            this::record,
            new GroupCommit.Limits(2, 10),
            task -> {
              throw new RejectedExecutionException("shutting down");
            });

    assertThat(commits.enqueue(1))
        .failsWithin(Duration.ofSeconds(1))
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(RejectedExecutionException.class);
    assertThat(commits.queued()).isZero();
    assertThatThrownBy(() -> commits.submit(2)).isInstanceOf(RejectedExecutionException.class);
    assertThat(batches).isEmpty();
  }

  @Test
  void a_full_queue_refuses_a_new_item_at_once_as_database_unavailable() throws Exception {
    CountDownLatch firstRunning = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    ExecutorService threads = Executors.newCachedThreadPool();
    try {
      GroupCommit<Integer, String> commits =
          new GroupCommit<>(
              recordingAfter(firstRunning, releaseFirst),
              new GroupCommit.Limits(1, 10, 2, null),
              threads);
      CompletableFuture<String> first = commits.enqueue(0);
      firstRunning.await(5, TimeUnit.SECONDS);
      CompletableFuture<String> second = commits.enqueue(1);
      CompletableFuture<String> third = commits.enqueue(2);

      CompletableFuture<String> refused = commits.enqueue(3);

      assertThat(refused)
          .isCompletedExceptionally()
          .failsWithin(Duration.ZERO)
          .withThrowableOfType(ExecutionException.class)
          .withCauseInstanceOf(StorageUnavailableException.class);
      releaseFirst.countDown();
      assertThat(List.of(first.get(5, TimeUnit.SECONDS), second.get(), third.get()))
          .containsExactly("r0", "r1", "r2");
      assertThat(batches.stream().flatMap(List::stream).toList()).containsExactly(0, 1, 2);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void an_item_no_batch_took_is_answered_at_its_deadline_and_never_run_while_a_taken_one_waits()
      throws Exception {
    CountDownLatch firstRunning = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    ExecutorService threads = Executors.newCachedThreadPool();
    try {
      GroupCommit<Integer, String> commits =
          new GroupCommit<>(
              recordingAfter(firstRunning, releaseFirst),
              new GroupCommit.Limits(1, 10, 100, Duration.ofMillis(200)),
              threads);
      long start = System.nanoTime();
      CompletableFuture<String> hanging = commits.enqueue(0);
      firstRunning.await(5, TimeUnit.SECONDS);
      CompletableFuture<String> queuedBehind = commits.enqueue(1);

      assertThat(queuedBehind)
          .failsWithin(Duration.ofSeconds(2))
          .withThrowableOfType(ExecutionException.class)
          .withCauseInstanceOf(StorageUnavailableException.class)
          .withMessageContaining("not stored");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
      assertThat(commits.queued()).isZero();
      // Item 0 was taken by its batch: its caller learns what the batch did, not a guess.
      sleep(300);
      assertThat(hanging).isNotDone();

      releaseFirst.countDown();
      assertThat(hanging.get(5, TimeUnit.SECONDS)).isEqualTo("r0");
      assertThat(commits.enqueue(2).get(5, TimeUnit.SECONDS)).isEqualTo("r2");
      // Item 1 was answered 503 while it waited: it is never committed behind its caller's back.
      assertThat(batches.stream().flatMap(List::stream).toList()).containsExactly(0, 2);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void an_item_whose_batch_still_waits_for_its_connection_at_the_deadline_is_left_out_of_it()
      throws Exception {
    CountDownLatch connecting = new CountDownLatch(1);
    CountDownLatch connected = new CountDownLatch(1);
    GroupCommit.Scope slowToConnect =
        new GroupCommit.Scope() {
          @Override
          public <X> X run(Supplier<X> batch) {
            connecting.countDown();
            GroupCommitTest.await(connected);
            return batch.get();
          }
        };
    ExecutorService threads = Executors.newCachedThreadPool();
    try {
      GroupCommit<Integer, String> commits =
          new GroupCommit<>(
              this::record,
              new GroupCommit.Limits(1, 10, 100, Duration.ofMillis(200)),
              threads,
              slowToConnect);

      CompletableFuture<String> late = commits.enqueue(0);
      connecting.await(5, TimeUnit.SECONDS);

      assertThat(late)
          .failsWithin(Duration.ofSeconds(2))
          .withThrowableOfType(ExecutionException.class)
          .withCauseInstanceOf(StorageUnavailableException.class)
          .withMessageContaining("not stored");
      connected.countDown();
      assertThat(commits.enqueue(1).get(5, TimeUnit.SECONDS)).isEqualTo("r1");
      // The batch that got its connection late found item 0 answered and did not take it.
      assertThat(batches).containsExactly(List.of(1));
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void a_batch_that_cannot_get_its_connection_answers_each_caller_with_why_and_runs_nothing() {
    StorageUnavailableException noConnection =
        new StorageUnavailableException("acquisition timeout", Duration.ofSeconds(2));
    GroupCommit<Integer, String> commits =
        new GroupCommit<>(
            this::record,
            new GroupCommit.Limits(1, 100),
            Runnable::run,
            new GroupCommit.Scope() {
              @Override
              public <X> X run(Supplier<X> batch) {
                throw noConnection;
              }
            });

    assertThatThrownBy(() -> commits.submit(0)).isSameAs(noConnection);
    assertThat(batches).isEmpty();
  }

  @Test
  void a_batch_that_fails_because_the_database_is_away_is_not_rerun_item_by_item()
      throws Exception {
    CountDownLatch firstRunning = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    GroupCommit<Integer, String> commits =
        new GroupCommit<>(
            batch -> {
              if (runs.incrementAndGet() == 1) {
                firstRunning.countDown();
                await(releaseFirst);
                return record(batch);
              }
              throw new IllegalStateException(
                  "commit failed",
                  new StorageUnavailableException("connection refused", Duration.ofSeconds(1)));
            },
            new GroupCommit.Limits(1, 100));

    Future<String> first = callers.submit(() -> commits.submit(0));
    firstRunning.await(5, TimeUnit.SECONDS);
    List<Future<String>> others = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      int item = i;
      others.add(callers.submit(() -> commits.submit(item)));
    }
    waitUntilQueued(commits, 5);
    releaseFirst.countDown();

    assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("r0");
    for (Future<String> other : others) {
      assertThatThrownBy(() -> other.get(5, TimeUnit.SECONDS))
          .hasRootCauseInstanceOf(StorageUnavailableException.class);
    }
    // One run for the first batch, one for the five together: none of the five ran alone.
    assertThat(runs).hasValue(2);
  }

  @Test
  void with_a_linger_callers_arriving_right_after_a_batch_wait_for_it_and_share_the_next_one()
      throws Exception {
    GroupCommit<Integer, String> commits =
        new GroupCommit<>(this::record, lingering(100, Duration.ofMillis(500)), callers);
    long start = System.nanoTime();
    for (CompletableFuture<String> shared : commits.enqueueAll(List.of(0, 1))) {
      shared.get(5, TimeUnit.SECONDS);
    }

    List<CompletableFuture<String>> next =
        List.of(commits.enqueue(2), commits.enqueue(3), commits.enqueue(4));
    for (int i = 0; i < next.size(); i++) {
      assertThat(next.get(i).get(5, TimeUnit.SECONDS)).isEqualTo("r" + (i + 2));
    }

    assertThat(batches).containsExactly(List.of(0, 1), List.of(2, 3, 4));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(millis(500));
  }

  @Test
  void a_caller_sending_one_request_after_another_is_not_held_back_by_the_linger()
      throws Exception {
    GroupCommit<Integer, String> commits =
        new GroupCommit<>(this::record, lingering(100, Duration.ofSeconds(1)), callers);
    long start = System.nanoTime();

    for (int i = 0; i < 3; i++) {
      assertThat(commits.enqueue(i).get(5, TimeUnit.SECONDS)).isEqualTo("r" + i);
    }

    assertThat(batches).containsExactly(List.of(0), List.of(1), List.of(2));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(millis(900));
  }

  @Test
  void a_full_batch_does_not_wait_for_the_linger() throws Exception {
    GroupCommit<Integer, String> commits =
        new GroupCommit<>(this::record, lingering(3, Duration.ofMinutes(1)), callers);
    commits.enqueue(0).get(5, TimeUnit.SECONDS);

    List<CompletableFuture<String>> full = commits.enqueueAll(List.of(1, 2, 3));

    for (CompletableFuture<String> answer : full) {
      answer.get(10, TimeUnit.SECONDS);
    }
    assertThat(batches).containsExactly(List.of(0), List.of(1, 2, 3));
  }

  @Test
  void after_a_quiet_spell_longer_than_the_linger_a_lone_caller_runs_at_once() throws Exception {
    GroupCommit<Integer, String> commits =
        new GroupCommit<>(this::record, lingering(100, Duration.ofSeconds(1)), callers);
    commits.enqueue(0).get(5, TimeUnit.SECONDS);
    sleep(1_200);

    long start = System.nanoTime();
    assertThat(commits.enqueue(1).get(5, TimeUnit.SECONDS)).isEqualTo("r1");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(millis(500));
  }

  @Test
  void limits_refuse_zero() {
    assertThatThrownBy(() -> new GroupCommit.Limits(0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GroupCommit.Limits(1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GroupCommit.Limits(1, 1, 0, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GroupCommit.Limits(1, 1, 1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GroupCommit.Limits(1, 1, 1, null, Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** One runner at a time, batches of up to {@code maxBatch}, the given linger. */
  private static GroupCommit.Limits lingering(int maxBatch, Duration linger) {
    return new GroupCommit.Limits(1, maxBatch, 1_000, null, linger);
  }

  private static Duration millis(long millis) {
    return Duration.ofMillis(millis);
  }

  /** Records each batch; the first one signals {@code running} and waits for {@code release}. */
  private Function<List<Integer>, List<String>> recordingAfter(
      CountDownLatch running, CountDownLatch release) {
    return batch -> {
      if (batches.isEmpty()) {
        running.countDown();
        await(release);
      }
      return record(batch);
    };
  }

  private static void waitUntilQueued(GroupCommit<?, ?> commits, int count)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (commits.queued() < count && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertThat(commits.queued()).isEqualTo(count);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
