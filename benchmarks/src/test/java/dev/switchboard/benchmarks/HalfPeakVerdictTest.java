package dev.switchboard.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verdicts of issue 21: the p99 over three counted runs, and shares of the ceiling. */
class HalfPeakVerdictTest {

  @Test
  void three_counted_runs_within_25_ms_meet_the_p99_target() {
    Figure f =
        InboundBenchmark.p99Verdict(
            4000, List.of(18.0, 24.9, 12.0), List.of("run 1", "run 2", "run 3"), 3.1, true);
    assertThat(f.met()).isTrue();
    assertThat(f.value()).isEqualTo(24.9);
    assertThat(f.baseline()).isEqualTo(3.1);
  }

  @Test
  void one_counted_run_over_25_ms_misses_it() {
    Figure f =
        InboundBenchmark.p99Verdict(
            4000, List.of(18.0, 56.0, 12.0), List.of("run 1", "run 2", "run 3"), 3.1, true);
    assertThat(f.met()).isFalse();
    assertThat(f.note()).contains("31.0 ms over");
  }

  @Test
  void too_few_quiet_runs_leave_it_undecided_and_never_met() {
    Figure f = InboundBenchmark.p99Verdict(4000, List.of(9.0), List.of("run 1: 9.00 ms"), 4, false);
    assertThat(f.met()).isFalse();
    assertThat(f.note())
        .contains("undecided: 1 of 3 runs counted")
        .contains("none of them right after a full-load spell");
  }

  @Test
  void a_quiet_run_over_25_ms_misses_it_however_few_runs_counted() {
    Figure f =
        InboundBenchmark.p99Verdict(
            4000, List.of(75.6), List.of("run 3: 75.6 ms (probe 9.51)"), 9.51, false);
    assertThat(f.met()).isFalse();
    assertThat(f.note())
        .doesNotContain("undecided")
        .contains("50.6 ms over (3.0x the target), in a run whose noise probe was quiet")
        .contains("run 3: 75.6 ms (probe 9.51)");
  }

  @Test
  void throughput_is_judged_against_the_group_commit_ceiling() {
    Figure met =
        InboundBenchmark.groupCommitTarget("Inbound", "best", 850, 16, 1000, 0.80, Double.NaN);
    Figure missed =
        InboundBenchmark.groupCommitTarget("Send API", "best", 600, 64, 1000, 0.70, Double.NaN);
    assertThat(met.met()).isTrue();
    assertThat(met.target()).isEqualTo("≥ 80 % of the bare group-commit ceiling");
    assertThat(missed.met()).isFalse();
    assertThat(missed.note()).isEqualTo("60 % of the ceiling, 10 points short (100/s more needed)");
  }

  @Test
  void a_missed_throughput_target_says_whether_the_framework_floor_was_below_it_too() {
    Figure outOfReach =
        InboundBenchmark.groupCommitTarget("Send API", "best", 300, 64, 1000, 0.70, 360);
    Figure ours = InboundBenchmark.groupCommitTarget("Inbound", "best", 500, 64, 1000, 0.80, 900);
    assertThat(outOfReach.met()).isFalse();
    assertThat(outOfReach.note())
        .isEqualTo(
            "30 % of the ceiling, 40 points short (400/s more needed); the framework floor (the"
                + " API's stack with none of its code) reached 36 %: out of reach with that stack"
                + " on this machine");
    assertThat(ours.met()).isFalse();
    assertThat(ours.note())
        .endsWith("; the framework floor (the API's stack with none of its code) reached 90 %");
  }

  @Test
  void the_best_concurrency_is_the_fastest() {
    LoadResult slow = new LoadResult(10, 0, 1, new Latencies());
    LoadResult fast = new LoadResult(30, 0, 1, new Latencies());
    assertThat(InboundBenchmark.bestResult(Map.of(4, slow, 16, fast))).isEqualTo(16);
  }
}
