package dev.switchboard.benchmarks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /v1/messages} acceptance (202s per second) at rising concurrency, beside the same
 * framework's trivial {@code GET /ping} at the same concurrency.
 */
final class SendApiBenchmark {

  static final String SECTION = "Send API";

  private final Context ctx;
  private final ApiJvm api;

  SendApiBenchmark(Context ctx, ApiJvm api) {
    this.ctx = ctx;
    this.api = api;
  }

  void run() throws Exception {
    Options o = ctx.options();
    String token = ctx.stack().emulator().tokens().issue();
    String messages = ctx.stack().apiUrl() + "/v1/messages";
    String ping = ctx.stack().apiUrl() + "/ping";
    Operation trivial = (worker, start) -> ctx.http().get(ping, null).status() == 200;
    if (sendOnce(new Outcomes(), messages, token).run(0, System.nanoTime()) == false
        || !trivial.run(0, System.nanoTime())) {
      throw new IllegalStateException("POST /v1/messages or GET /ping does not answer as expected");
    }
    ctx.progress("warming up the send path and /ping");
    Duration warm = o.quick() ? Duration.ofSeconds(2) : Duration.ofSeconds(6);
    LoadGenerator.closed(16, Duration.ZERO, warm, sendOnce(new Outcomes(), messages, token));
    LoadGenerator.closed(16, Duration.ZERO, warm, trivial);
    Map<Integer, LoadResult> sends = new LinkedHashMap<>();
    Map<Integer, LoadResult> pings = new LinkedHashMap<>();
    Map<Integer, String> cpu = new LinkedHashMap<>();
    Map<Integer, Outcomes> failures = new LinkedHashMap<>();
    for (int c : o.concurrencies()) {
      ctx.progress("GET /ping, " + c + " connections");
      pings.put(c, LoadGenerator.closed(c, o.warmup(), o.measure(), trivial));
      ctx.progress("POST /v1/messages, " + c + " connections");
      CpuShare share = ctx.cpu(api);
      Outcomes outcomes = new Outcomes();
      sends.put(
          c, LoadGenerator.closed(c, o.warmup(), o.measure(), sendOnce(outcomes, messages, token)));
      cpu.put(c, CpuShare.describe(share.end()));
      failures.put(c, outcomes);
    }
    double bestSend = 0;
    double bestPing = 0;
    for (int c : o.concurrencies()) {
      LoadResult s = sends.get(c);
      LoadResult p = pings.get(c);
      bestSend = Math.max(bestSend, s.perSecond());
      bestPing = Math.max(bestPing, p.perSecond());
      ctx.report()
          .add(
              new Figure(
                  SECTION,
                  "202s/s, " + c + " connections",
                  s.perSecond(),
                  "/s",
                  "GET /ping, " + c + " conn.",
                  p.perSecond(),
                  "",
                  null,
                  (failures.get(c).isEmpty() ? "" : "failed: " + failures.get(c).describe() + "; ")
                      + "CPU: "
                      + cpu.get(c)));
      ctx.report()
          .add(
              new Figure(
                  SECTION,
                  "latency p50 / p99 "
                      + Report.number(s.latencies().summary().p99())
                      + " ms, "
                      + c
                      + " connections",
                  s.latencies().summary().p50(),
                  "ms",
                  "GET /ping p50 (p99 " + Report.number(p.latencies().summary().p99()) + ")",
                  p.latencies().summary().p50(),
                  "",
                  null,
                  ""));
    }
    double share = bestSend / bestPing;
    ctx.report()
        .add(
            new Figure(
                SECTION,
                "best 202s/s vs best GET /ping",
                bestSend,
                "/s",
                "GET /ping",
                bestPing,
                "≥ 50 % of the trivial endpoint",
                share >= 0.5,
                share >= 0.5
                    ? String.format(Locale.ROOT, "%.0f %%", share * 100)
                    : String.format(
                        Locale.ROOT,
                        "%.0f %% of /ping, %.0f points short",
                        share * 100,
                        (0.5 - share) * 100)));
    durableBound(bestPing);
    if (o.profile()) {
      profile(messages, token);
    }
  }

  /**
   * Evidence of what bounds the ratio: the bare durable work of one accepted message (insert and
   * commit, then a Kafka produce with acks=all), without HTTP or our code, beside the same /ping.
   */
  private void durableBound(double bestPing) throws Exception {
    Options o = ctx.options();
    int c = o.concurrencies().get(o.concurrencies().size() - 1);
    ctx.progress("bare ceiling beside /ping, " + c + " workers");
    try (Ceiling bare = Ceiling.open(ctx.stack().jdbcUrl(), ctx.stack().bootstrapServers())) {
      LoadResult result = LoadGenerator.closed(c, o.warmup(), o.measure(), bare.operation());
      ctx.report()
          .add(
              new Figure(
                  SECTION,
                  "evidence: bare insert+commit+produce, no HTTP, " + c + " workers",
                  result.perSecond(),
                  "/s",
                  "best GET /ping",
                  bestPing,
                  "",
                  null,
                  "what a durable write costs here, without the API: the most any accepting"
                      + " endpoint could reach"));
    }
  }

  private Operation sendOnce(Outcomes outcomes, String url, String token) {
    return outcomes.expecting(
        202,
        () ->
            ctx.http()
                .postJson(
                    url,
                    "{\"from\":\"+12065550100\",\"to\":\"+"
                        + Ids.peer()
                        + "\",\"body\":\"Benchmark send "
                        + Ids.mdr()
                        + "\"}",
                    token));
  }

  /** A JFR recording of the API while sends run at the highest concurrency. */
  private void profile(String url, String token) throws Exception {
    Options o = ctx.options();
    int c = o.concurrencies().get(o.concurrencies().size() - 1);
    java.nio.file.Path file = ctx.workDir().resolve("api-send.jfr").toAbsolutePath();
    ctx.progress("JFR recording of the API under send load, " + c + " connections");
    api.startRecording(file);
    CpuShare share = ctx.cpu(api);
    Outcomes outcomes = new Outcomes();
    LoadResult r =
        LoadGenerator.closed(
            c, java.time.Duration.ofSeconds(1), o.measure(), sendOnce(outcomes, url, token));
    String cpu = CpuShare.describe(share.end());
    api.stopRecording();
    ctx.report()
        .detail(
            "Profile of the API under send load (JFR)",
            "Recorded with `jcmd <pid> JFR.start settings=profile` during "
                + o.measure().toSeconds()
                + " s at "
                + c
                + " connections ("
                + Report.number(r.perSecond())
                + " 202s/s while recording"
                + (outcomes.isEmpty() ? "" : "; failed: " + outcomes.describe())
                + "; CPU: "
                + cpu
                + "). File: `"
                + file
                + "`.\n\n"
                + JfrSummary.summarize(file));
  }
}
