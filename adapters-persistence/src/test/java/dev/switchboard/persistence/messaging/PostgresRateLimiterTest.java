package dev.switchboard.persistence.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.messaging.port.out.RateLimiter;
import dev.switchboard.persistence.PostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The account's rate shared through PostgreSQL: two limiters over one database, as two replicas'
 * dispatchers would hold, together never exceed it, and a pause set by one holds the other back.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PostgresRateLimiterTest {

  private static final Duration LEASE = Duration.ofSeconds(10);
  private static final AtomicInteger KINDS = new AtomicInteger();

  @Inject AgroalDataSource dataSource;

  private static String freshKind() {
    return "test-" + KINDS.incrementAndGet() + "-" + System.nanoTime();
  }

  @Test
  void two_replicas_limiters_never_exceed_the_account_rate_together() throws Exception {
    String kind = freshKind();
    int rate = 10;
    int sends = 30;
    RateLimiter replicaA = new PostgresRateLimiter(dataSource, kind, rate, LEASE);
    RateLimiter replicaB = new PostgresRateLimiter(dataSource, kind, rate, LEASE);
    List<Long> sentAt = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger left = new AtomicInteger(sends);
    AtomicInteger byA = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(6);
    List<Future<?>> running = new ArrayList<>();
    long start = System.nanoTime();
    for (int w = 0; w < 6; w++) {
      boolean onA = w % 2 == 0;
      RateLimiter limiter = onA ? replicaA : replicaB;
      running.add(
          workers.submit(
              () -> {
                while (left.getAndDecrement() > 0) {
                  try (RateLimiter.Permit permit = limiter.acquire()) {
                    permit.sending();
                    sentAt.add(System.nanoTime());
                    if (onA) {
                      byA.incrementAndGet();
                    }
                    // the carrier takes a while to answer
                    Thread.sleep(ThreadLocalRandom.current().nextInt(5, 30));
                  }
                }
                return null;
              }));
    }
    for (Future<?> worker : running) {
      worker.get(30, TimeUnit.SECONDS);
    }
    workers.shutdown();
    long elapsed = System.nanoTime() - start;

    List<Long> times = new ArrayList<>(sentAt);
    Collections.sort(times);
    assertThat(times).hasSize(sends);
    long window = Duration.ofSeconds(1).toNanos();
    for (int i = 0; i + rate < times.size(); i++) {
      // sends i..i+rate are rate+1 sends: they must span more than one window
      assertThat(times.get(i + rate) - times.get(i))
          .as("sends %d to %d fall within one second", i, i + rate)
          .isGreaterThanOrEqualTo(window - Duration.ofMillis(2).toNanos());
    }
    assertThat(byA.get()).isBetween(1, sends - 1);
    // the rate is used, not just respected: 30 sends at 10/s need two windows and not much more
    assertThat(Duration.ofNanos(elapsed)).isBetween(Duration.ofMillis(1900), Duration.ofSeconds(5));
  }

  @Test
  void a_pause_set_by_one_replica_holds_the_other_back() throws Exception {
    String kind = freshKind();
    RateLimiter replicaA = new PostgresRateLimiter(dataSource, kind, 5, LEASE);
    RateLimiter replicaB = new PostgresRateLimiter(dataSource, kind, 5, LEASE);

    replicaA.pause(Duration.ofMillis(800));
    long start = System.nanoTime();
    try (RateLimiter.Permit permit = replicaB.acquire()) {
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isBetween(Duration.ofMillis(700), Duration.ofSeconds(3));
    }
  }

  @Test
  void a_permit_held_by_a_dead_replica_comes_back_after_its_lease() throws Exception {
    String kind = freshKind();
    RateLimiter dying = new PostgresRateLimiter(dataSource, kind, 1, Duration.ofMillis(300));
    RateLimiter survivor = new PostgresRateLimiter(dataSource, kind, 1, Duration.ofMillis(300));

    dying.acquire(); // never closed: the replica died while sending
    long start = System.nanoTime();
    try (RateLimiter.Permit permit = survivor.acquire()) {
      // lease (300 ms) plus one window (1 s) after the dead send was taken
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isBetween(Duration.ofMillis(1100), Duration.ofSeconds(4));
    }
  }

  @Test
  void a_slot_comes_back_one_window_after_its_answer() throws Exception {
    RateLimiter replicaA = new PostgresRateLimiter(dataSource, freshKind(), 1, LEASE);
    long answered;
    try (RateLimiter.Permit permit = replicaA.acquire()) {
      permit.sending();
      Thread.sleep(400); // the carrier answers after 400 ms
      answered = System.nanoTime();
    }
    send(replicaA);
    assertThat(Duration.ofNanos(System.nanoTime() - answered))
        .isBetween(Duration.ofMillis(1000), Duration.ofMillis(1300));
  }

  @Test
  void a_slot_that_sent_nothing_comes_back_at_once() throws Exception {
    String kind = freshKind();
    RateLimiter replicaA = new PostgresRateLimiter(dataSource, kind, 1, LEASE);
    RateLimiter replicaB = new PostgresRateLimiter(dataSource, kind, 1, LEASE);
    replicaA.acquire().close(); // handed back before its send

    long start = System.nanoTime();
    send(replicaB);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
  }

  private static void send(RateLimiter limiter) throws InterruptedException {
    try (RateLimiter.Permit permit = limiter.acquire()) {
      permit.sending();
    }
  }

  @Test
  void usage_is_shared_by_the_replicas_sends_of_the_window_and_a_pause() throws Exception {
    String kind = freshKind();
    RateLimiter replicaA = new PostgresRateLimiter(dataSource, kind, 4, LEASE);
    RateLimiter replicaB = new PostgresRateLimiter(dataSource, kind, 4, LEASE);
    assertThat(replicaB.usage().perSecond()).isZero();
    for (int i = 0; i < 3; i++) {
      try (RateLimiter.Permit permit = replicaA.acquire()) {
        permit.sending();
      }
    }
    // Replica B sees A's three sends of the last one-second window, and the account's rate.
    assertThat(replicaB.usage().perSecond()).isEqualTo(3.0);
    assertThat(replicaB.usage().limit()).isEqualTo(4.0);
    assertThat(replicaB.usage().heldFor()).isZero();

    replicaA.pause(Duration.ofSeconds(30));
    assertThat(replicaB.usage().heldFor())
        .isGreaterThan(Duration.ofSeconds(25))
        .isLessThanOrEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void sms_and_mms_are_limited_apart() throws Exception {
    String kind = freshKind();
    RateLimiter sms = new PostgresRateLimiter(dataSource, kind + "-sms", 1, LEASE);
    RateLimiter mms = new PostgresRateLimiter(dataSource, kind + "-mms", 1, LEASE);
    send(sms);
    sms.pause(Duration.ofSeconds(5));

    long start = System.nanoTime();
    send(mms);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
  }
}
