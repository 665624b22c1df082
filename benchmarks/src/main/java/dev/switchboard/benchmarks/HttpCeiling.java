package dev.switchboard.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The group-commit ceiling behind a bare HTTP server: plain Vert.x (the layer Quarkus serves HTTP
 * with), no framework, on as many event loops as Quarkus uses. Each request's JSON is parsed, its
 * fields become the row of {@link GroupCommitCeiling}, and the answer goes out once the row is
 * committed, as our endpoints answer. Nothing else: no routing, validation, security, metrics or
 * tracing. It runs in the harness's JVM beside the load generator and the broker, sharing their JIT
 * and collector rather than starting a process of its own. Its rate against the bare group-commit
 * ceiling's is about the share of the ceiling an HTTP endpoint can reach on this machine with the
 * load generator beside it.
 */
final class HttpCeiling implements AutoCloseable {

  /** Event loops: Quarkus's default, twice the cores. */
  private static final int EVENT_LOOPS = 2 * Runtime.getRuntime().availableProcessors();

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Vertx vertx;
  private final int port;

  private HttpCeiling(Vertx vertx, int port) {
    this.vertx = vertx;
    this.port = port;
  }

  /** Starts the server; each request becomes a row of {@code shape} queued on {@code grouped}. */
  static HttpCeiling start(GroupCommitCeiling grouped, GroupCommitCeiling.Shape shape)
      throws Exception {
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(EVENT_LOOPS));
    int port = Stack.freePort();
    try {
      vertx
          .deployVerticle(
              () -> new Server(grouped, shape, port),
              new DeploymentOptions().setInstances(EVENT_LOOPS))
          .toCompletionStage()
          .toCompletableFuture()
          .get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      vertx.close();
      throw e;
    }
    return new HttpCeiling(vertx, port);
  }

  /** Where to POST: every path is the same endpoint. */
  String url() {
    return "http://127.0.0.1:" + port + "/ceiling";
  }

  @Override
  public void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  /**
   * What the bare HTTP ceiling's row is read against.
   *
   * @param section the report's section the row goes to
   * @param ceilingRate the bare group-commit ceiling's rate at the same callers
   * @param share the target's share of that ceiling (0 to 1)
   */
  record Against(String section, double ceilingRate, double share) {}

  /**
   * Measures the bare HTTP ceiling at {@code connections}: starts the server in front of {@code
   * grouped}, warms it, runs one closed-loop step of {@code requests} to its URL and returns the
   * row that sets its rate against the group-commit ceiling's.
   */
  static Figure measure(
      Context ctx,
      ApiJvm api,
      GroupCommitCeiling grouped,
      GroupCommitCeiling.Shape shape,
      int connections,
      Function<String, Operation> requests,
      Against against)
      throws Exception {
    Options o = ctx.options();
    try (HttpCeiling server = start(grouped, shape)) {
      Operation post = requests.apply(server.url());
      ctx.progress(
          "bare HTTP group-commit ceiling ("
              + shape.name().toLowerCase(Locale.ROOT)
              + "), "
              + connections
              + " connections");
      // In the harness's JVM (the server and its client), rounds of 5 s.
      JitWarmUp.closedLoop(
          ctx,
          "the bare HTTP ceiling",
          ProcessHandle.current().pid(),
          Duration.ofSeconds(5),
          connections,
          post);
      CpuShare cpu = ctx.cpu(api);
      LoadResult http = LoadGenerator.closed(connections, o.warmup(), o.measure(), post);
      String used = CpuShare.describe(cpu.end());
      grouped.awaitPublished(Duration.ofSeconds(30));
      return bound(
          against,
          "bare HTTP group-commit ceiling (plain Vert.x, no framework)",
          connections,
          http,
          used);
    }
  }

  /**
   * An evidence row: a bound's rate ({@code what}, such as the bare HTTP ceiling: about the most of
   * the ceiling an HTTP endpoint reaches here) against the bare group-commit ceiling's at the same
   * callers (one step: it moves between runs).
   */
  static Figure bound(Against against, String what, int connections, LoadResult http, String cpu) {
    double ceilingRate = against.ceilingRate();
    double share = against.share();
    double reached = ceilingRate > 0 ? http.perSecond() / ceilingRate : 0;
    String verdict =
        String.format(
            Locale.ROOT,
            reached < share ? "below the target's %.0f %%" : "at or above the target's %.0f %%",
            share * 100);
    return new Figure(
        against.section(),
        "evidence: "
            + what
            + ", "
            + connections
            + " connections (p99 "
            + Report.number(http.latencies().summary().p99())
            + " ms)",
        http.perSecond(),
        "/s",
        "bare group-commit ceiling, " + connections + " callers",
        ceilingRate,
        "",
        null,
        String.format(Locale.ROOT, "%.0f %% of the ceiling, ", reached * 100)
            + verdict
            + (http.failed() > 0 ? "; failed: " + http.failed() : "")
            + "; CPU: "
            + cpu);
  }

  /** One event loop's server; Vert.x shares the port between the instances. */
  private static final class Server extends AbstractVerticle {
    private final GroupCommitCeiling grouped;
    private final GroupCommitCeiling.Shape shape;
    private final int port;

    Server(GroupCommitCeiling grouped, GroupCommitCeiling.Shape shape, int port) {
      this.grouped = grouped;
      this.shape = shape;
      this.port = port;
    }

    @Override
    public void start(Promise<Void> started) {
      vertx
          .createHttpServer()
          .requestHandler(this::handle)
          .listen(port, "127.0.0.1")
          .<Void>mapEmpty()
          .onComplete(started);
    }

    private void handle(HttpServerRequest request) {
      request
          .body()
          .onSuccess(body -> store(request, body))
          .onFailure(e -> request.response().setStatusCode(400).end());
    }

    private void store(HttpServerRequest request, Buffer body) {
      GroupCommitCeiling.Row row;
      try {
        row = row(JSON.readTree(body.getBytes()), request.getHeader("Idempotency-Key"));
      } catch (IOException | RuntimeException e) {
        request.response().setStatusCode(400).end();
        return;
      }
      grouped
          .submit(row)
          .whenComplete(
              (done, error) ->
                  request
                      .response()
                      .setStatusCode(
                          error != null
                              ? 503
                              : shape == GroupCommitCeiling.Shape.INBOUND ? 200 : 202)
                      .end());
    }

    /** An inbound webhook's fields (JSON:API, as Flowroute posts them) or a send's. */
    private GroupCommitCeiling.Row row(JsonNode json, String idempotencyKey) {
      if (shape == GroupCommitCeiling.Shape.INBOUND) {
        JsonNode attributes = json.at("/data/attributes");
        return GroupCommitCeiling.Row.of(
            shape,
            "+" + attributes.path("from").asText(),
            "+" + attributes.path("to").asText(),
            attributes.path("body").asText(),
            json.at("/data/id").asText());
      }
      return GroupCommitCeiling.Row.of(
          shape,
          json.path("from").asText(),
          json.path("to").asText(),
          json.path("body").asText(),
          idempotencyKey);
    }
  }
}
