package dev.switchboard.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

/**
 * The framework floor: the {@code benchmarks-floor} application in its own JVM, started as the API
 * is. It has the API's per-request Quarkus stack (quarkus-rest with Jackson, JWT bearer roles,
 * OpenTelemetry, Micrometer, health) and none of the API's code: each request's row goes to its own
 * bare group commit ({@link GroupCommitCeiling}), the same one the ceiling measures. Its rate
 * against that ceiling's is about the most of the ceiling the design card's stack leaves for the
 * API on this machine; it leaves out the unit of work (Hibernate, Narayana, Agroal) the API also
 * runs, so the API's true bound is lower still.
 */
final class FrameworkFloor {

  /** The floor's jar, built with the rest ({@code ./mvnw package}). */
  static final Path JAR = Path.of("benchmarks-floor/target/quarkus-app/quarkus-run.jar");

  private static final String WHAT =
      "framework floor (the API's Quarkus stack, none of its code, the same bare group commit;"
          + " its CPU is the row's 'api')";

  private FrameworkFloor() {}

  /**
   * Starts the floor, checks one request of {@code requests} against {@code path} (such as {@code
   * /floor/messages}), warms it as the API's path is warmed, measures one closed-loop step at
   * {@code connections} and returns the row that sets its rate against the group-commit ceiling's.
   */
  static Figure measure(
      Context ctx,
      String path,
      int connections,
      Function<String, Operation> requests,
      HttpCeiling.Against against)
      throws Exception {
    Options o = ctx.options();
    int port = Stack.freePort();
    String url = "http://127.0.0.1:" + port;
    try (ApiJvm floor =
        ApiJvm.start(JAR, ctx.stack().floorEnvironment(port), ctx.workDir().resolve("floor.log"))) {
      floor.awaitReady(url, Duration.ofSeconds(120));
      Operation post = requests.apply(url + path);
      if (!post.run(0, System.nanoTime())) {
        throw new IllegalStateException(
            "the framework floor does not answer " + path + " as expected; see " + floor.log());
      }
      ctx.progress("framework floor (" + path + "), " + connections + " connections");
      warm(ctx, floor, connections, post);
      CpuShare cpu = ctx.cpu(floor);
      LoadResult result = LoadGenerator.closed(connections, o.warmup(), o.measure(), post);
      String used = CpuShare.describe(cpu.end());
      return HttpCeiling.bound(against, WHAT, connections, result, used);
    }
  }

  /** Rounds of 10 s until the floor's JIT compiler is quiet, as the API's; one step when quick. */
  private static void warm(Context ctx, ApiJvm floor, int connections, Operation post)
      throws Exception {
    Options o = ctx.options();
    if (o.quick()) {
      LoadGenerator.closed(connections, Duration.ZERO, o.warmup(), post);
      return;
    }
    JitWarmUp.until(
        ctx,
        "the framework floor",
        floor.pid(),
        Duration.ofSeconds(10),
        InboundBenchmark.MAX_WARM_ROUNDS,
        length -> LoadGenerator.closed(connections, Duration.ZERO, length, post));
  }
}
