package dev.switchboard.domain.messaging;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Spaces sends evenly so that no window of one second holds more than the allowed number, however
 * many dispatch workers share it; a 429 from the carrier pauses everyone.
 */
public final class RateLimiter {

  /** Blocks the calling thread. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private long nextFreeAt;

  public RateLimiter(double permitsPerSecond, LongSupplier nanoTime, Sleeper sleeper) {
    if (!(permitsPerSecond > 0)) {
      throw new IllegalArgumentException("the rate must be positive, got " + permitsPerSecond);
    }
    this.intervalNanos = (long) Math.ceil(1_000_000_000d / permitsPerSecond);
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
    this.nextFreeAt = nanoTime.getAsLong();
  }

  public static RateLimiter perSecond(double permitsPerSecond) {
    return new RateLimiter(permitsPerSecond, System::nanoTime, d -> Thread.sleep(d.toMillis()));
  }

  /** Waits for this caller's turn. */
  public void acquire() throws InterruptedException {
    long wait = reserve();
    if (wait > 0) {
      sleeper.sleep(Duration.ofNanos(wait));
    }
  }

  /** Holds every caller back for {@code pause} (the carrier said we were too fast). */
  public synchronized void pause(Duration pause) {
    long until = nanoTime.getAsLong() + pause.toNanos();
    nextFreeAt = Math.max(nextFreeAt, until);
  }

  private synchronized long reserve() {
    long now = nanoTime.getAsLong();
    long slot = Math.max(now, nextFreeAt);
    nextFreeAt = slot + intervalNanos;
    return slot - now;
  }
}
