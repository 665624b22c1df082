package dev.switchboard.domain.messaging;

import java.time.Duration;
import java.util.Optional;

/**
 * Exponential back-off with jitter for transient send failures, up to a number of attempts.
 *
 * @param jitter the share of each delay that is random, from 0 (none) to 1 (full jitter)
 */
public record RetryPolicy(
    int maxAttempts, Duration initialDelay, Duration maxDelay, double multiplier, double jitter) {

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException("need 0 <= initialDelay <= maxDelay");
    }
    if (multiplier < 1 || jitter < 0 || jitter > 1) {
      throw new IllegalArgumentException("need multiplier >= 1 and 0 <= jitter <= 1");
    }
  }

  /**
   * The delay before the next attempt after {@code attemptsSoFar} failed ones, or empty when the
   * attempts are used up.
   *
   * @param random a number in [0, 1)
   */
  public Optional<Duration> delayAfter(int attemptsSoFar, double random) {
    if (attemptsSoFar >= maxAttempts) {
      return Optional.empty();
    }
    double base =
        Math.min(
            maxDelay.toMillis(),
            initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, attemptsSoFar - 1)));
    double delay = base * (1 - jitter) + base * jitter * random;
    return Optional.of(Duration.ofMillis(Math.round(delay)));
  }
}
