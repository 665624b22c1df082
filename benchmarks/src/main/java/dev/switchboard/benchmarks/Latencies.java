package dev.switchboard.benchmarks;

import java.util.Arrays;

/** Latency samples in nanoseconds, and their percentiles. Not thread-safe: one per worker. */
public final class Latencies {

  private long[] samples = new long[1024];
  private int size;

  public void add(long nanos) {
    if (nanos < 0) {
      throw new IllegalArgumentException("a latency cannot be negative: " + nanos);
    }
    if (size == samples.length) {
      samples = Arrays.copyOf(samples, size * 2);
    }
    samples[size++] = nanos;
  }

  /** Adds every sample of {@code other}. */
  public void addAll(Latencies other) {
    for (int i = 0; i < other.size; i++) {
      add(other.samples[i]);
    }
  }

  public int count() {
    return size;
  }

  public Summary summary() {
    long[] sorted = Arrays.copyOf(samples, size);
    Arrays.sort(sorted);
    if (size == 0) {
      return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double sum = 0;
    for (long s : sorted) {
      sum += s;
    }
    return new Summary(
        size,
        millis(percentile(sorted, 50)),
        millis(percentile(sorted, 99)),
        millis(sorted[size - 1]),
        sum / size / 1e6);
  }

  /** Nearest-rank percentile of sorted samples: the smallest sample with p % at or below it. */
  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  /** Percentiles in milliseconds. */
  public record Summary(int count, double p50, double p99, double max, double mean) {}
}
