package dev.switchboard.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  void percentiles_are_nearest_rank_in_milliseconds() {
    Latencies latencies = new Latencies();
    for (int ms = 100; ms >= 1; ms--) {
      latencies.add(ms * 1_000_000L);
    }
    Latencies.Summary summary = latencies.summary();
    assertThat(summary.count()).isEqualTo(100);
    assertThat(summary.p50()).isEqualTo(50.0);
    assertThat(summary.p99()).isEqualTo(99.0);
    assertThat(summary.max()).isEqualTo(100.0);
    assertThat(summary.mean()).isEqualTo(50.5);
  }

  @Test
  void a_single_sample_is_every_percentile() {
    Latencies latencies = new Latencies();
    latencies.add(3_000_000L);
    assertThat(latencies.summary().p50()).isEqualTo(3.0);
    assertThat(latencies.summary().p99()).isEqualTo(3.0);
  }

  @Test
  void merging_keeps_every_sample_and_empty_summaries_are_not_numbers() {
    Latencies a = new Latencies();
    Latencies b = new Latencies();
    for (int i = 0; i < 2000; i++) {
      b.add(i);
    }
    a.addAll(b);
    assertThat(a.count()).isEqualTo(2000);
    assertThat(new Latencies().summary().p99()).isNaN();
    assertThatThrownBy(() -> a.add(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
