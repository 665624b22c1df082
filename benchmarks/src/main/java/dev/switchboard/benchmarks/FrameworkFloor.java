package dev.switchboard.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
   * One endpoint of the floor to measure: its path (such as {@code /floor/messages}), what its row
   * calls it, and the requests to send to its URL.
   */
  record Endpoint(String path, String what, Function<String, Operation> requests) {

    /** The floor proper: the endpoint that stands for the API's. */
    static Endpoint floor(String path, Function<String, Operation> requests) {
      return new Endpoint(path, WHAT, requests);
    }
  }

  /**
   * Starts the floor and, for each of {@code endpoints} in turn, checks one request, warms it as
   * the API's path is warmed, measures one closed-loop step at {@code connections} and returns the
   * row that sets its rate against the group-commit ceiling's.
   */
  static List<Figure> measure(
      Context ctx, int connections, HttpCeiling.Against against, List<Endpoint> endpoints)
      throws Exception {
    Options o = ctx.options();
    int port = Stack.freePort();
    String url = "http://127.0.0.1:" + port;
    List<Figure> figures = new ArrayList<>();
    try (ApiJvm floor =
        ApiJvm.start(
            JAR,
            o.floorJvmOptions(),
            ctx.stack().floorEnvironment(port),
            ctx.workDir().resolve("floor.log"))) {
      floor.awaitReady(url, Duration.ofSeconds(120));
      for (Endpoint endpoint : endpoints) {
        Operation post = endpoint.requests().apply(url + endpoint.path());
        if (!post.run(0, System.nanoTime())) {
          throw new IllegalStateException(
              "the framework floor does not answer "
                  + endpoint.path()
                  + " as expected; see "
                  + floor.log());
        }
        ctx.progress("framework floor (" + endpoint.path() + "), " + connections + " connections");
        // Rounds of 10 s, as the API's path is warmed.
        JitWarmUp.closedLoop(
            ctx, "the framework floor", floor.pid(), Duration.ofSeconds(10), connections, post);
        CpuShare cpu = ctx.cpu(floor);
        LoadResult result = LoadGenerator.closed(connections, o.warmup(), o.measure(), post);
        String used = CpuShare.describe(cpu.end());
        figures.add(HttpCeiling.bound(against, endpoint.what(), connections, result, used));
      }
    }
    return figures;
  }
}
