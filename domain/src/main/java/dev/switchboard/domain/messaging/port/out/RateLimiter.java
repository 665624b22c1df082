package dev.switchboard.domain.messaging.port.out;

import java.time.Duration;

/**
 * Port: keeps sends of one kind within the carrier's account rate however many dispatch workers and
 * replicas share it. A send's permit comes back only one window after the carrier <em>answered</em>
 * it, so no window of the carrier's own clock sees more than the rate allows, whatever the
 * network's jitter; a 429 pauses everyone sending that kind.
 */
public interface RateLimiter {

  /** The right to send one request; close it when the carrier has answered (or failed). */
  interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  /** Waits for this caller's turn. */
  Permit acquire() throws InterruptedException;

  /** Holds every caller back for {@code pause} (the carrier said we were too fast). */
  void pause(Duration pause);

  /** An in-memory limiter for one process. */
  static RateLimiter perSecond(double permitsPerSecond) {
    return LocalRateLimiter.perSecond(permitsPerSecond);
  }
}
