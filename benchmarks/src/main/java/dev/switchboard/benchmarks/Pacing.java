package dev.switchboard.benchmarks;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The schedule of an open-loop step: a start every {@code interval} from {@code begin}, counted
 * from {@code measureFrom} (after the warm-up) until {@code measureTo}.
 */
record Pacing(long interval, long begin, long measureFrom, long measureTo) {

  /** A step starting now at {@code perSecond}; refuses a rate that is not positive. */
  static Pacing startingNow(double perSecond, Duration warmup, Duration measure) {
    if (perSecond <= 0) {
      throw new IllegalArgumentException("the rate must be positive");
    }
    long begin = System.nanoTime();
    long measureFrom = begin + warmup.toNanos();
    return new Pacing(
        (long) (1e9 / perSecond), begin, measureFrom, measureFrom + measure.toNanos());
  }

  /** Until when the last answers are waited for: 30 s after the window closes. */
  long answersDeadline() {
    return measureTo + TimeUnit.SECONDS.toNanos(30);
  }

  /** Whether a request planned at {@code start} is counted: it came after the warm-up. */
  boolean counts(long start) {
    return start >= measureFrom;
  }
}
