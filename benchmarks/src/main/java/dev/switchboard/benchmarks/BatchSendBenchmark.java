package dev.switchboard.benchmarks;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /v1/messages/batch} acceptance: messages accepted per second at {@value #PER_REQUEST}
 * per request, beside single {@code POST /v1/messages} sends measured in the same run on the same
 * API (the baseline), so the ratio says what batching buys on this machine.
 */
final class BatchSendBenchmark {

  static final String SECTION = "Batch send API";
  static final int PER_REQUEST = 100;

  /** Batches in flight at once: each already carries a full group-commit batch. */
  static final int BATCH_CONNECTIONS = 4;

  private static final Pattern ACCEPTED = Pattern.compile("\"accepted\"\\s*:\\s*(\\d+)");

  private final Context ctx;
  private final ApiJvm api;

  BatchSendBenchmark(Context ctx, ApiJvm api) {
    this.ctx = ctx;
    this.api = api;
  }

  void run() throws Exception {
    Options o = ctx.options();
    String token = ctx.stack().emulator().tokens().issue();
    String single = ctx.stack().apiUrl() + "/v1/messages";
    String batch = ctx.stack().apiUrl() + "/v1/messages/batch";
    Outcomes batchFailures = new Outcomes();
    Operation sendBatch = batchOnce(batchFailures, batch, token);
    Operation sendOne =
        new Outcomes().expecting(202, () -> ctx.http().postJson(single, message("single"), token));
    if (!sendBatch.run(0, System.nanoTime()) || !sendOne.run(0, System.nanoTime())) {
      throw new IllegalStateException(
          "POST /v1/messages/batch or POST /v1/messages does not answer as expected");
    }
    ctx.progress("warming up batch and single sends");
    Duration warm = o.quick() ? Duration.ofSeconds(2) : Duration.ofSeconds(6);
    LoadGenerator.closed(BATCH_CONNECTIONS, Duration.ZERO, warm, sendBatch);
    int singleConnections = o.concurrencies().get(o.concurrencies().size() - 1);
    LoadGenerator.closed(singleConnections, Duration.ZERO, warm, sendOne);

    ctx.progress("POST /v1/messages (baseline), " + singleConnections + " connections");
    Outcomes singleFailures = new Outcomes();
    LoadResult baseline =
        LoadGenerator.closed(
            singleConnections,
            o.warmup(),
            o.measure(),
            singleFailures.expecting(
                202, () -> ctx.http().postJson(single, message("single"), token)));
    ctx.progress(
        "POST /v1/messages/batch, "
            + PER_REQUEST
            + " per request, "
            + BATCH_CONNECTIONS
            + " conn.");
    CpuShare share = ctx.cpu(api);
    LoadResult batches =
        LoadGenerator.closed(BATCH_CONNECTIONS, o.warmup(), o.measure(), sendBatch);
    String cpu = CpuShare.describe(share.end());
    if (baseline.perSecond() <= 0 || batches.perSecond() <= 0) {
      // A ratio against nothing says nothing: a machine too loaded to finish a request in the
      // window is reported as such, never as a target met.
      throw new IllegalStateException(
          "no "
              + (baseline.perSecond() <= 0 ? "single send" : "batch")
              + " completed in the measured window (CPU: "
              + cpu
              + ")");
    }
    ctx.progress(
        "bare group-commit ceiling of a send, "
            + BATCH_CONNECTIONS
            + " callers of "
            + PER_REQUEST
            + " rows");
    LoadResult ceiling;
    double meanBatch;
    try (GroupCommitCeiling grouped =
        GroupCommitCeiling.open(ctx.stack().jdbcUrl(), ctx.stack().bootstrapServers())) {
      Operation rows = grouped.operation(GroupCommitCeiling.Shape.SEND, PER_REQUEST);
      LoadGenerator.closed(BATCH_CONNECTIONS, Duration.ZERO, o.warmup(), rows);
      ceiling = LoadGenerator.closed(BATCH_CONNECTIONS, o.warmup(), o.measure(), rows);
      meanBatch = grouped.meanBatch();
      grouped.awaitPublished(Duration.ofSeconds(30));
    }
    double messagesPerSecond = batches.perSecond() * PER_REQUEST;
    double ratio = messagesPerSecond / baseline.perSecond();
    ctx.report()
        .add(
            new Figure(
                SECTION,
                "messages accepted/s, "
                    + PER_REQUEST
                    + " per request, "
                    + BATCH_CONNECTIONS
                    + " connections",
                messagesPerSecond,
                "/s",
                "POST /v1/messages, " + singleConnections + " conn.",
                baseline.perSecond(),
                "≥ 2 × single sends",
                ratio >= 2,
                String.format(Locale.ROOT, "%.1f ×", ratio)
                    + (batchFailures.isEmpty() && singleFailures.isEmpty()
                        ? ""
                        : "; failed: " + batchFailures.describe() + singleFailures.describe())
                    + "; batch p50 "
                    + Report.number(batches.latencies().summary().p50())
                    + " ms, p99 "
                    + Report.number(batches.latencies().summary().p99())
                    + " ms; CPU: "
                    + cpu));
    double ceilingRate = ceiling.perSecond() * PER_REQUEST;
    ctx.report()
        .add(
            new Figure(
                SECTION,
                "messages accepted/s, "
                    + PER_REQUEST
                    + " per request, vs the bare group-commit ceiling at the same shape",
                messagesPerSecond,
                "/s",
                "bare group-commit ceiling, "
                    + BATCH_CONNECTIONS
                    + " callers of "
                    + PER_REQUEST
                    + " rows",
                ceilingRate,
                "batch sends against the bare group-commit ceiling (no threshold set)",
                null,
                String.format(
                    Locale.ROOT,
                    "%.0f %% of the ceiling; the ceiling's mean rows per commit %.0f",
                    ceilingRate > 0 ? 100 * messagesPerSecond / ceilingRate : 0,
                    meanBatch)));
  }

  private Operation batchOnce(Outcomes failures, String url, String token) {
    return (worker, start) -> {
      KeepAliveConnection.Response answer;
      try {
        answer = ctx.http().post(url, body(PER_REQUEST), token);
      } catch (Exception e) {
        failures.record(e.getClass().getSimpleName());
        throw e;
      }
      int count = answer.status() == 200 ? accepted(answer.body()) : -1;
      if (count != PER_REQUEST) {
        failures.record(answer.status() == 200 ? "refused in a batch" : "HTTP " + answer.status());
        return false;
      }
      return true;
    };
  }

  /** A batch request of {@code size} distinct SMS from our sandbox number. */
  static String body(int size) {
    StringBuilder json = new StringBuilder(size * 90).append("{\"messages\":[");
    for (int i = 0; i < size; i++) {
      json.append(i == 0 ? "" : ",").append(message("batch"));
    }
    return json.append("]}").toString();
  }

  private static String message(String kind) {
    return "{\"from\":\"+12065550100\",\"to\":\"+"
        + Ids.peer()
        + "\",\"body\":\"Benchmark "
        + kind
        + " "
        + Ids.mdr()
        + "\"}";
  }

  /** The {@code accepted} count of a batch answer, or -1 when it has none. */
  static int accepted(String body) {
    Matcher m = ACCEPTED.matcher(body == null ? "" : body);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }
}
