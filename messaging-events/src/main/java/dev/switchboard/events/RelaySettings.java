package dev.switchboard.events;

import java.time.Duration;

/**
 * How the outbox relay paces itself.
 *
 * @param batchSize the most events handed to Kafka in one round
 * @param pollInterval how long to wait for news of new events before looking anyway
 * @param maxBackoff the longest pause between two failed rounds
 * @param linger the least time from the start of a round that was not full to the start of the
 *     next: events that arrive meanwhile go out together, so a steady stream costs Kafka, the
 *     database and the consumers one round per linger rather than one per commit; zero turns it off
 */
public record RelaySettings(
    int batchSize, Duration pollInterval, Duration maxBackoff, Duration linger) {

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
    if (linger == null || linger.isNegative() || linger.compareTo(pollInterval) >= 0) {
      throw new IllegalArgumentException(
          "the relay linger must be zero or more and shorter than the poll interval");
    }
  }

  /** Settings without linger: every round starts as soon as news arrives. */
  public RelaySettings(int batchSize, Duration pollInterval, Duration maxBackoff) {
    this(batchSize, pollInterval, maxBackoff, Duration.ZERO);
  }

  public static RelaySettings from(EventsConfig.Relay config) {
    return new RelaySettings(
        config.batchSize(), config.pollInterval(), config.maxBackoff(), config.linger());
  }

  /** The pause after {@code failures} failed rounds in a row: 100 ms, 200 ms, 400 ms... */
  public Duration backoffAfter(int failures) {
    int doublings = Math.max(0, Math.min(failures - 1, 30));
    Duration backoff = FIRST_BACKOFF.multipliedBy(1L << doublings);
    return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
  }
}
