package dev.switchboard.domain.messaging;

import java.time.Duration;

/**
 * How the dispatcher holds its claims and settles sends whose outcome it never learned.
 *
 * @param lease how long a claim holds (extended right before each send)
 * @param uncertainGrace how long after an uncertain attempt its first lookup waits: Flowroute lists
 *     a new message record only after a few seconds
 * @param settleTime how long after an uncertain attempt lookups must keep finding nothing before
 *     the message may be sent again
 * @param lookupInterval the time between two lookups of a still uncertain message
 * @param retryAfterCap the longest {@code Retry-After} honoured
 * @param lookupMargin how far before the attempt the lookup window opens (the clocks differ)
 */
public record DispatchSettings(
    Duration lease,
    Duration uncertainGrace,
    Duration settleTime,
    Duration lookupInterval,
    Duration retryAfterCap,
    Duration lookupMargin) {

  public DispatchSettings {
    requirePositive(lease, "lease");
    requirePositive(lookupInterval, "lookupInterval");
    if (uncertainGrace.isNegative() || retryAfterCap.isNegative() || lookupMargin.isNegative()) {
      throw new IllegalArgumentException("the grace, the cap and the margin cannot be negative");
    }
    if (settleTime.compareTo(uncertainGrace) < 0) {
      throw new IllegalArgumentException("the settle time cannot be shorter than the grace period");
    }
  }

  /** The defaults of production: a lookup 20 s after an uncertain send, a resend after 5 min. */
  public static DispatchSettings defaults(Duration lease) {
    return new DispatchSettings(
        lease,
        Duration.ofSeconds(20),
        Duration.ofMinutes(5),
        Duration.ofSeconds(30),
        Duration.ofSeconds(60),
        Duration.ofSeconds(5));
  }

  /**
   * How many messages of a kind one of {@code workers} may claim at once so that every one can be
   * sent within the lease at {@code perSecond}, with half the lease to spare; at least 1, at most
   * {@code batchSize}.
   */
  public int claimSize(double perSecond, int workers, int batchSize) {
    double fits = perSecond * lease.toMillis() / 1000.0 / 2 / Math.max(1, workers);
    return (int) Math.max(1, Math.min(batchSize, Math.floor(fits)));
  }

  private static void requirePositive(Duration d, String name) {
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
