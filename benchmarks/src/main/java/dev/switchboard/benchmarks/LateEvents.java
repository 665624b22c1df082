package dev.switchboard.benchmarks;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where in a step the late events were: how many took longer than a threshold, and the second of
 * the step (counted from its first measured request) that started most of them. A p99 that one
 * stall ruins shows as one crowded second; a path that is slow throughout spreads them.
 */
final class LateEvents {

  private static final long SECOND = 1_000_000_000L;

  private final long thresholdNanos;
  private long[] lateStarts = new long[64];
  private int late;
  private int total;
  private long firstStart = Long.MAX_VALUE;

  LateEvents(long thresholdNanos) {
    if (thresholdNanos <= 0) {
      throw new IllegalArgumentException("the threshold must be positive: " + thresholdNanos);
    }
    this.thresholdNanos = thresholdNanos;
  }

  /**
   * One event of the step: when its request started ({@link System#nanoTime()}) and how long it
   * took. Starts may come in any order; seconds are counted from the earliest.
   */
  void add(long startNanos, long latencyNanos) {
    total++;
    firstStart = Math.min(firstStart, startNanos);
    if (latencyNanos > thresholdNanos) {
      if (late == lateStarts.length) {
        lateStarts = Arrays.copyOf(lateStarts, late * 2);
      }
      lateStarts[late++] = startNanos;
    }
  }

  int late() {
    return late;
  }

  int total() {
    return total;
  }

  /** The earliest start seen ({@link System#nanoTime()}), the step's second 0. */
  long firstStart() {
    return firstStart;
  }

  /** How many late events started in each second of the step. */
  long[] lateBySecond() {
    long[] counts = new long[0];
    for (int i = 0; i < late; i++) {
      int second = (int) ((lateStarts[i] - firstStart) / SECOND);
      if (second >= counts.length) {
        counts = Arrays.copyOf(counts, second + 1);
      }
      counts[second]++;
    }
    return counts;
  }

  /** The crowded second: {second of the step, late events started in it}, or {-1, 0} if none. */
  long[] worstSecond() {
    long[] seconds = new long[late];
    for (int i = 0; i < late; i++) {
      seconds[i] = (lateStarts[i] - firstStart) / SECOND;
    }
    Arrays.sort(seconds);
    long worst = -1;
    int most = 0;
    for (int i = 0; i < late; ) {
      int j = i;
      while (j < late && seconds[j] == seconds[i]) {
        j++;
      }
      if (j - i > most) {
        worst = seconds[i];
        most = j - i;
      }
      i = j;
    }
    return new long[] {worst, most};
  }

  /** E.g. "over 25 ms: 412 of 45,000, 380 of them started in second 7 of the step". */
  String describe() {
    String head =
        String.format(
            Locale.ROOT, "over %d ms: %,d of %,d", thresholdNanos / 1_000_000, late, total);
    if (late == 0) {
      return head;
    }
    long[] worst = worstSecond();
    return head
        + String.format(
            Locale.ROOT, ", %,d of them started in second %d of the step", worst[1], worst[0]);
  }
}
