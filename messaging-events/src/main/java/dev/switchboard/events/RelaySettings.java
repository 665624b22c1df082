package dev.switchboard.events;

import java.time.Duration;

/**
 * How the outbox relay paces itself.
 *
 * @param batchSize the most events handed to Kafka in one round
 * @param pollInterval how long to wait for news of new events before looking anyway
 * @param maxBackoff the longest pause between two failed rounds
 */
public record RelaySettings(int batchSize, Duration pollInterval, Duration maxBackoff) {

  /** The pause after the first failure; it doubles with each further one. */
  public static final Duration FIRST_BACKOFF = Duration.ofMillis(100);

  public RelaySettings {
    if (batchSize < 1) {
      throw new IllegalArgumentException("the relay batch size must be at least 1");
    }
    if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("the relay poll interval must be positive");
    }
    if (maxBackoff == null || maxBackoff.compareTo(FIRST_BACKOFF) < 0) {
      throw new IllegalArgumentException("the relay max backoff must be at least " + FIRST_BACKOFF);
    }
  }

  public static RelaySettings from(EventsConfig.Relay config) {
    return new RelaySettings(config.batchSize(), config.pollInterval(), config.maxBackoff());
  }

  /** The pause after {@code failures} failed rounds in a row: 100 ms, 200 ms, 400 ms... */
  public Duration backoffAfter(int failures) {
    int doublings = Math.max(0, Math.min(failures - 1, 30));
    Duration backoff = FIRST_BACKOFF.multipliedBy(1L << doublings);
    return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
  }
}
