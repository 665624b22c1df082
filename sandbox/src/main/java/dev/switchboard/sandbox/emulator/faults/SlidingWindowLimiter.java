package dev.switchboard.sandbox.emulator.faults;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Allows at most {@code rate} events in any sliding second (for a rate below one: one event per
 * {@code 1/rate} seconds); a rate of 0 or less allows everything.
 */
final class SlidingWindowLimiter {

  private final Deque<Long> recent = new ArrayDeque<>();
  private double rate;

  SlidingWindowLimiter(double rate) {
    this.rate = rate;
  }

  synchronized void setRate(double newRate) {
    rate = newRate;
    recent.clear();
  }

  synchronized double rate() {
    return rate;
  }

  /** Records the event and returns true when it fits the window. */
  synchronized boolean tryAcquire() {
    if (rate <= 0) {
      return true;
    }
    long permits = rate >= 1 ? (long) Math.floor(rate) : 1;
    long windowNanos = rate >= 1 ? 1_000_000_000L : (long) (1_000_000_000L / rate);
    long now = System.nanoTime();
    while (!recent.isEmpty() && now - recent.peekFirst() >= windowNanos) {
      recent.pollFirst();
    }
    if (recent.size() >= permits) {
      return false;
    }
    recent.addLast(now);
    return true;
  }
}
