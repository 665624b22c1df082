package dev.switchboard.benchmarks;

import java.time.Duration;
import java.util.Locale;

/**
 * Warms a path until the API's JIT compiler is quiet: rounds of load until the compiler threads use
 * less than {@value #QUIET_SHARE_PERCENT} % of a core during one. On two cores a fixed warm-up of a
 * few seconds left C2 compiling through the first measured steps (the profile taken after the sweep
 * ran 2.3 times the rate of the sweep's own 64-connection step).
 */
final class JitWarmUp {

  /** The compiler's share of one core under which a round counts as warm. */
  static final int QUIET_SHARE_PERCENT = 5;

  /** Linux's USER_HZ, the unit of /proc's CPU times. */
  private static final double TICKS_PER_SECOND = 100;

  /** One round of load on the path being warmed. */
  interface Round {
    void run(Duration length) throws Exception;
  }

  /** What the warm-up took. */
  record Outcome(int rounds, Duration length, double lastShare, boolean quiet) {

    /** The report's row for this warm-up: its length, with how it ended. */
    Figure figure(String section, String name) {
      return new Figure(
          section, name, length.toMillis() / 1000.0, "s", "", Double.NaN, "", null, describe());
    }

    String describe() {
      return String.format(
          Locale.ROOT,
          "%d rounds, %d s; the compiler used %.0f %% of a core in the last%s",
          rounds,
          length.toSeconds(),
          lastShare * 100,
          quiet ? "" : " (still compiling: the cap was reached)");
    }
  }

  private JitWarmUp() {}

  /**
   * Warms one endpoint of {@code pid} with closed-loop rounds of {@code post} at {@code
   * connections}, each {@code round} long, until its compiler is quiet; one short step when the run
   * is quick.
   */
  static void closedLoop(
      Context ctx, String what, long pid, Duration round, int connections, Operation post)
      throws Exception {
    Options o = ctx.options();
    if (o.quick()) {
      LoadGenerator.closed(connections, Duration.ZERO, o.warmup(), post);
      return;
    }
    until(
        ctx,
        what,
        pid,
        round,
        InboundBenchmark.MAX_WARM_ROUNDS,
        length -> LoadGenerator.closed(connections, Duration.ZERO, length, post));
  }

  /**
   * Runs rounds of {@code round} until the compiler threads of {@code pid} were quiet during one,
   * at most {@code maxRounds}.
   */
  static Outcome until(
      Context ctx, String path, long pid, Duration round, int maxRounds, Round load)
      throws Exception {
    long start = System.nanoTime();
    double share = Double.NaN;
    for (int i = 1; i <= maxRounds; i++) {
      long before = ProcessStats.compilerTicks(pid);
      long began = System.nanoTime();
      load.run(round);
      double seconds = (System.nanoTime() - began) / 1e9;
      share = (ProcessStats.compilerTicks(pid) - before) / TICKS_PER_SECOND / seconds;
      ctx.progress(
          String.format(
              Locale.ROOT,
              "warming up %s, round %d: the JIT compiler used %.0f %% of a core",
              path,
              i,
              share * 100));
      if (share * 100 < QUIET_SHARE_PERCENT) {
        return new Outcome(i, Duration.ofNanos(System.nanoTime() - start), share, true);
      }
    }
    return new Outcome(maxRounds, Duration.ofNanos(System.nanoTime() - start), share, false);
  }
}
