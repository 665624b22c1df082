package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.messaging.RateUsage;
import java.time.Duration;

/**
 * Port: keeps sends of one kind within the carrier's account rate however many dispatch workers and
 * replicas share it. A send's permit comes back one window (plus a small margin for the request's
 * own transit jitter) after its request <em>left</em>, so the carrier, which counts requests as
 * they arrive, sees no more than the rate in any window; a 429 pauses everyone sending that kind.
 */
public interface RateLimiter {

  /** The right to send one request; close it when the carrier has answered (or failed). */
  interface Permit extends AutoCloseable {

    /**
     * The request leaves now (a permit may be handed out a moment early, so that the caller's own
     * preparations overlap the wait; this waits out the rest). A permit closed without it sent
     * nothing, and comes back at once.
     */
    void sending();

    @Override
    void close();
  }

  /** Waits for this caller's turn. */
  Permit acquire() throws InterruptedException;

  /** Holds every caller back for {@code pause} (the carrier said we were too fast). */
  void pause(Duration pause);

  /** What the limiter sees now, for the operations page. */
  RateUsage usage();

  /** An in-memory limiter for one process. */
  static RateLimiter perSecond(double permitsPerSecond) {
    return LocalRateLimiter.perSecond(permitsPerSecond);
  }
}
