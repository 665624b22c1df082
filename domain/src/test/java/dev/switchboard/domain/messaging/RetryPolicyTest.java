package dev.switchboard.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private final RetryPolicy policy =
      new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(10), 2, 0);

  @Test
  void delays_double_up_to_the_cap_then_the_attempts_run_out() {
    assertThat(policy.delayAfter(1, 0)).contains(Duration.ofSeconds(1));
    assertThat(policy.delayAfter(2, 0)).contains(Duration.ofSeconds(2));
    assertThat(policy.delayAfter(3, 0)).contains(Duration.ofSeconds(4));
    assertThat(policy.delayAfter(4, 0)).contains(Duration.ofSeconds(8));
    assertThat(policy.delayAfter(5, 0)).isEmpty();
  }

  @Property
  void jitter_keeps_every_delay_between_half_and_all_of_the_base(
      @ForAll @IntRange(min = 1, max = 19) int attempts,
      @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double random) {
    RetryPolicy jittered =
        new RetryPolicy(20, Duration.ofMillis(100), Duration.ofSeconds(30), 2, 0.5);
    long base = Math.min(30_000, (long) (100 * Math.pow(2, attempts - 1)));
    Duration delay = jittered.delayAfter(attempts, random).orElseThrow();
    assertThat(delay.toMillis()).isBetween(base / 2, base);
  }
}
