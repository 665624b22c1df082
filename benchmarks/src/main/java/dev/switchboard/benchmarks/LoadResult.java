package dev.switchboard.benchmarks;

/**
 * What one load step measured: successful operations, failures, the measured seconds and the
 * latencies of the successes.
 */
public record LoadResult(long ok, long failed, double seconds, Latencies latencies) {

  public double perSecond() {
    return seconds <= 0 ? 0 : ok / seconds;
  }
}
