package dev.switchboard.domain.messaging.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  /** A clock that only moves when the limiter sleeps or a "request" takes time. */
  private final AtomicLong now = new AtomicLong();

  private RateLimiter limiter(double perSecond) {
    return new LocalRateLimiter(perSecond, now::get, d -> now.addAndGet(d.toNanos()));
  }

  @Property
  void no_second_ever_holds_more_sends_than_the_rate(
      @ForAll @IntRange(min = 1, max = 20) int rate,
      @ForAll @IntRange(min = 1, max = 100) int sends,
      @ForAll @IntRange(min = 0, max = 300) int answerMillis)
      throws InterruptedException {
    RateLimiter limiter = limiter(rate);
    List<Long> starts = new ArrayList<>();
    for (int i = 0; i < sends; i++) {
      try (RateLimiter.Permit permit = limiter.acquire()) {
        permit.sending();
        starts.add(now.get());
        now.addAndGet(answerMillis * 1_000_000L); // the carrier takes its time to answer
      }
    }
    for (int i = rate; i < starts.size(); i++) {
      assertThat(starts.get(i) - starts.get(i - rate)).isGreaterThanOrEqualTo(1_000_000_000L);
    }
  }

  @Test
  void usage_counts_the_sends_of_the_last_window_and_a_429s_hold() throws InterruptedException {
    RateLimiter limiter = limiter(5);
    assertThat(limiter.usage().perSecond()).isZero();
    send(limiter);
    send(limiter);
    assertThat(limiter.usage().perSecond()).isEqualTo(2.0);
    assertThat(limiter.usage().limit()).isEqualTo(5.0);
    assertThat(limiter.usage().heldFor()).isZero();

    limiter.pause(Duration.ofSeconds(3));
    assertThat(limiter.usage().heldFor()).isEqualTo(Duration.ofSeconds(3));
    now.addAndGet(Duration.ofSeconds(4).toNanos());
    // A window later the sends are over and the hold has passed.
    assertThat(limiter.usage().perSecond()).isZero();
    assertThat(limiter.usage().heldFor()).isZero();
  }

  @Test
  void a_fractional_rate_spaces_single_sends_by_its_inverse() throws InterruptedException {
    RateLimiter limiter = limiter(0.8);
    send(limiter);
    long first = now.get();
    send(limiter);
    assertThat(now.get() - first).isGreaterThanOrEqualTo(1_250_000_000L);
  }

  @Test
  void at_full_speed_the_rate_is_used_in_full() throws InterruptedException {
    RateLimiter limiter = limiter(5);
    for (int i = 0; i < 50; i++) {
      send(limiter);
    }
    // 50 sends at 5/s: the first 5 at once, then 5 more every second.
    assertThat(now.get()).isEqualTo(9_000_000_000L);
  }

  @Test
  void the_window_counts_from_the_answer_so_a_slow_network_cannot_bunch_requests()
      throws InterruptedException {
    RateLimiter limiter = limiter(1);
    try (RateLimiter.Permit permit = limiter.acquire()) {
      permit.sending();
      now.addAndGet(400_000_000L); // the carrier answers after 400 ms
    }
    send(limiter);
    assertThat(now.get()).isEqualTo(1_400_000_000L);
  }

  @Test
  void a_permit_that_sent_nothing_comes_back_at_once() throws InterruptedException {
    RateLimiter limiter = limiter(1);
    limiter.acquire().close();
    send(limiter);
    assertThat(now.get()).isZero();
  }

  private static void send(RateLimiter limiter) throws InterruptedException {
    try (RateLimiter.Permit permit = limiter.acquire()) {
      permit.sending();
    }
  }

  @Test
  void a_pause_holds_the_next_send_back() throws InterruptedException {
    RateLimiter limiter = limiter(5);
    send(limiter);
    limiter.pause(Duration.ofSeconds(3));
    send(limiter);
    assertThat(now.get()).isGreaterThanOrEqualTo(3_000_000_000L);
  }
}
