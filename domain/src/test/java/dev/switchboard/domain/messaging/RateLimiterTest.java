package dev.switchboard.domain.messaging;

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

  /** A clock that only moves when the limiter sleeps, so the test is exact and instant. */
  private final AtomicLong now = new AtomicLong();

  private RateLimiter limiter(double perSecond) {
    return new RateLimiter(perSecond, now::get, d -> now.addAndGet(d.toNanos()));
  }

  @Property
  void no_second_ever_holds_more_sends_than_the_rate(
      @ForAll @IntRange(min = 1, max = 20) int rate,
      @ForAll @IntRange(min = 1, max = 100) int sends)
      throws InterruptedException {
    RateLimiter limiter = limiter(rate);
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < sends; i++) {
      limiter.acquire();
      times.add(now.get());
    }
    for (int i = rate; i < times.size(); i++) {
      assertThat(times.get(i) - times.get(i - rate)).isGreaterThanOrEqualTo(1_000_000_000L);
    }
  }

  @Test
  void a_pause_holds_the_next_send_back() throws InterruptedException {
    RateLimiter limiter = limiter(5);
    limiter.acquire();
    limiter.pause(Duration.ofSeconds(3));
    limiter.acquire();
    assertThat(now.get()).isGreaterThanOrEqualTo(3_000_000_000L);
  }
}
