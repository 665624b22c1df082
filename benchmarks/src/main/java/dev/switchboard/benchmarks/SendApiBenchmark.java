package dev.switchboard.benchmarks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v1/messages} acceptance (202s per second, each request with an Idempotency-Key, so
 * validation, the key, the opt-out check and the event all happen) at rising concurrency, beside
 * the bare group-commit ceiling of a send ({@link GroupCommitCeiling}) at the same concurrency.
 */
final class SendApiBenchmark {

  static final String SECTION = "Send API";

  /** The send target: the best send rate's share of the best group-commit ceiling. */
  static final double SEND_SHARE = 0.70;

  private final Context ctx;
  private final ApiJvm api;

  /** The token to profile with; null until the sweep has run. */
  private String profileWith;

  SendApiBenchmark(Context ctx, ApiJvm api) {
    this.ctx = ctx;
    this.api = api;
  }

  void run() throws Exception {
    Options o = ctx.options();
    String token = ctx.stack().emulator().tokens().issue();
    String messages = ctx.stack().apiUrl() + "/v1/messages";
    if (!sendOnce(new Outcomes(), messages, token).run(0, System.nanoTime())) {
      throw new IllegalStateException("POST /v1/messages does not answer as expected");
    }
    try (GroupCommitCeiling grouped =
            GroupCommitCeiling.open(ctx.stack().jdbcUrl(), ctx.stack().bootstrapServers());
        Ceiling bare = Ceiling.open(ctx.stack().jdbcUrl(), ctx.stack().bootstrapServers())) {
      Operation ceilingSend = grouped.operation(GroupCommitCeiling.Shape.SEND, 1);
      ctx.progress("warming up the send path and the group-commit ceiling");
      Duration warm = o.quick() ? Duration.ofSeconds(2) : Duration.ofSeconds(6);
      LoadGenerator.closed(16, Duration.ZERO, warm, sendOnce(new Outcomes(), messages, token));
      LoadGenerator.closed(16, Duration.ZERO, warm, ceilingSend);
      if (!o.quick()) {
        JitWarmUp.Outcome jit =
            JitWarmUp.until(
                ctx,
                "the send path",
                api.pid(),
                Duration.ofSeconds(10),
                InboundBenchmark.MAX_WARM_ROUNDS,
                length ->
                    LoadGenerator.closed(
                        64, Duration.ZERO, length, sendOnce(new Outcomes(), messages, token)));
        ctx.report()
            .add(
                jit.figure(
                    SECTION,
                    "warm-up before the sweep: 16 connections for 6 s, then rounds of 10 s at 64"
                        + " until the JIT compiler is quiet"));
      }
      Map<Integer, LoadResult> sends = new LinkedHashMap<>();
      Map<Integer, LoadResult> ceiling = new LinkedHashMap<>();
      Map<Integer, String> cpu = new LinkedHashMap<>();
      Map<Integer, Outcomes> failures = new LinkedHashMap<>();
      for (int c : o.concurrencies()) {
        ctx.progress("bare group-commit ceiling of a send, " + c + " callers");
        ceiling.put(c, LoadGenerator.closed(c, o.warmup(), o.measure(), ceilingSend));
        grouped.awaitPublished(Duration.ofSeconds(30));
        ctx.progress("POST /v1/messages, " + c + " connections");
        CpuShare share = ctx.cpu(api);
        Outcomes outcomes = new Outcomes();
        sends.put(
            c,
            LoadGenerator.closed(c, o.warmup(), o.measure(), sendOnce(outcomes, messages, token)));
        cpu.put(c, CpuShare.describe(share.end()));
        failures.put(c, outcomes);
      }
      for (int c : o.concurrencies()) {
        LoadResult s = sends.get(c);
        LoadResult g = ceiling.get(c);
        ctx.report()
            .add(
                new Figure(
                    SECTION,
                    "202s/s, " + c + " connections",
                    s.perSecond(),
                    "/s",
                    "bare group-commit ceiling, " + c + " callers",
                    g.perSecond(),
                    "",
                    null,
                    (failures.get(c).isEmpty()
                            ? ""
                            : "failed: " + failures.get(c).describe() + "; ")
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
                    "group-commit ceiling p50 (p99 "
                        + Report.number(g.latencies().summary().p99())
                        + ")",
                    g.latencies().summary().p50(),
                    "",
                    null,
                    ""));
      }
      int bestSend = InboundBenchmark.bestResult(sends);
      int bestCeiling = InboundBenchmark.bestResult(ceiling);
      double bestRate = sends.get(bestSend).perSecond();
      double ceilingRate = ceiling.get(bestCeiling).perSecond();
      HttpCeiling.Against against = new HttpCeiling.Against(SECTION, ceilingRate, SEND_SHARE);
      Figure http =
          HttpCeiling.measure(
              ctx,
              api,
              grouped,
              GroupCommitCeiling.Shape.SEND,
              bestCeiling,
              url -> sendOnce(new Outcomes(), url, token),
              against);
      List<Figure> floors =
          FrameworkFloor.measure(
              ctx,
              bestCeiling,
              against,
              List.of(
                  FrameworkFloor.Endpoint.floor(
                      "/floor/messages", url -> sendOnce(new Outcomes(), url, token)),
                  new FrameworkFloor.Endpoint(
                      "/floor/messages-without-token",
                      "framework floor without the bearer token (the same send, its endpoint"
                          + " open)",
                      url -> sendOnce(new Outcomes(), url, null))));
      Figure floor = floors.get(0);
      ctx.report()
          .add(
              InboundBenchmark.groupCommitTarget(
                  SECTION,
                  "best 202s/s (" + bestSend + " conn.)",
                  bestRate,
                  bestCeiling,
                  ceilingRate,
                  SEND_SHARE,
                  floor.value()));
      ctx.report().add(http);
      floors.forEach(ctx.report()::add);
      oneRowAtATime(bare, bestRate);
    }
    profileWith = token;
  }

  /**
   * For history: the one-row-at-a-time ceiling (insert and commit, then a Kafka produce with
   * acks=all, per message) at the highest concurrency, beside the best send rate.
   */
  private void oneRowAtATime(Ceiling bare, double bestSend) throws Exception {
    Options o = ctx.options();
    int c = o.concurrencies().get(o.concurrencies().size() - 1);
    ctx.progress("one-row-at-a-time ceiling, " + c + " workers");
    LoadResult result = LoadGenerator.closed(c, o.warmup(), o.measure(), bare.operation());
    ctx.report()
        .add(
            new Figure(
                SECTION,
                "for history: best 202s/s vs the one-row-at-a-time ceiling (" + c + " workers)",
                bestSend,
                "/s",
                "bare insert+commit+produce, one row per commit",
                result.perSecond(),
                "",
                null,
                "sends share their commits; this ceiling does not"));
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
                    token,
                    Ids.uuidV7().toString()));
  }

  /**
   * A JFR recording of the API while sends run at the highest concurrency; called after every
   * measured step, as {@link InboundBenchmark#profile()} is.
   */
  void profile() throws Exception {
    if (profileWith != null) {
      profile(ctx.stack().apiUrl() + "/v1/messages", profileWith);
    }
  }

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
