package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.messaging.RateUsage;
import java.time.Duration;
import java.util.PriorityQueue;
import java.util.function.LongSupplier;

/**
 * The in-memory {@link RateLimiter}, for one process (unit tests, a single replica): at most {@code
 * R = ceil(rate)} sends per window of {@code R / rate} seconds (plus a margin), where a send's
 * permit comes back one window after its request left; a 429 pauses everyone.
 */
public final class LocalRateLimiter implements RateLimiter {

  /** Blocks the calling thread. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final long windowNanos;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;

  /** When each free permit may be used again, earliest first. */
  private final PriorityQueue<Long> free = new PriorityQueue<>();

  private final double permitsPerSecond;
  private final int permits;
  private long pausedUntil;

  public LocalRateLimiter(double permitsPerSecond, LongSupplier nanoTime, Sleeper sleeper) {
    if (!(permitsPerSecond > 0)) {
      throw new IllegalArgumentException("the rate must be positive, got " + permitsPerSecond);
    }
    this.permitsPerSecond = permitsPerSecond;
    this.permits = (int) Math.ceil(permitsPerSecond);
    this.windowNanos = (long) Math.ceil(permits * 1_000_000_000d / permitsPerSecond);
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
    long start = nanoTime.getAsLong() - windowNanos;
    for (int i = 0; i < permits; i++) {
      free.add(start);
    }
    this.pausedUntil = start;
  }

  public static LocalRateLimiter perSecond(double permitsPerSecond) {
    return new LocalRateLimiter(
        permitsPerSecond, System::nanoTime, d -> Thread.sleep(d.toMillis()));
  }

  @Override
  public Permit acquire() throws InterruptedException {
    while (true) {
      long wait;
      synchronized (this) {
        while (free.isEmpty()) {
          wait(); // every permit is out: a send in flight will bring one back
        }
        long now = nanoTime.getAsLong();
        long at = Math.max(free.peek(), pausedUntil);
        if (at <= now) {
          free.poll();
          return new LocalPermit();
        }
        wait = at - now;
      }
      sleeper.sleep(Duration.ofNanos(Math.max(wait, 1_000_000)));
    }
  }

  @Override
  public synchronized void pause(Duration pause) {
    pausedUntil = Math.max(pausedUntil, nanoTime.getAsLong() + pause.toNanos());
  }

  @Override
  public synchronized RateUsage usage() {
    long now = nanoTime.getAsLong();
    // Out (in flight) or back but not free yet (cooling): both were sends of the last window.
    long used = (permits - free.size()) + free.stream().filter(at -> at > now).count();
    return new RateUsage(
        used * 1_000_000_000d / windowNanos,
        permitsPerSecond,
        Duration.ofNanos(Math.max(0, pausedUntil - now)));
  }

  private synchronized void release(long freeAt) {
    free.add(freeAt);
    notifyAll();
  }

  /** One taken permit: free again one window after its answer, or at once if nothing was sent. */
  private final class LocalPermit implements Permit {
    private boolean sent;
    private boolean closed;

    @Override
    public void sending() {
      sent = true;
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      long now = nanoTime.getAsLong();
      release(sent ? now + windowNanos : now);
    }
  }
}
