package dev.switchboard.benchmarks;

import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import dev.switchboard.sandbox.emulator.messaging.MessageRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Bursts of ten times the account rate, SMS and then MMS, queued at once through the API and sent
 * by the dispatcher to the emulator, which enforces Flowroute's separate limits: utilisation of the
 * allowed rate, 429s, duplicates and the time to drain, for each kind; with one replica, and again
 * with several sharing the account.
 */
final class DispatcherBenchmark {

  static final String SECTION = "Dispatcher";
  static final double SMS_PER_SECOND = 5;
  static final double MMS_PER_SECOND = 1;

  /** One kind of message with its own Flowroute rate. */
  private enum Kind {
    SMS(SMS_PER_SECOND),
    MMS(MMS_PER_SECOND);

    final double perSecond;

    Kind(double perSecond) {
      this.perSecond = perSecond;
    }
  }

  private final Context ctx;
  private final int replicas;

  DispatcherBenchmark(Context ctx) {
    this(ctx, 1);
  }

  /** With {@code replicas} API processes dispatching from the same queue on one account. */
  DispatcherBenchmark(Context ctx, int replicas) {
    this.ctx = ctx;
    this.replicas = replicas;
  }

  /** How a figure names its kind: {@code SMS}, or {@code SMS, 3 replicas}. */
  private String label(Kind kind) {
    return replicas == 1 ? kind.toString() : kind + ", " + replicas + " replicas";
  }

  void run() throws Exception {
    FlowrouteEmulator emulator = ctx.stack().emulator();
    emulator.reset();
    burst(emulator, Kind.SMS);
    burst(emulator, Kind.MMS);
  }

  private void burst(FlowrouteEmulator emulator, Kind kind) throws Exception {
    int count = (int) (10 * kind.perSecond);
    String run = Long.toHexString(ThreadLocalRandom.current().nextLong());
    String token = emulator.tokens().issue();
    String url = ctx.stack().apiUrl() + "/v1/messages";
    ctx.progress(
        String.format(
            Locale.ROOT,
            "dispatcher burst: %d %s queued at once, account rate %s/s",
            count,
            label(kind),
            Report.number(kind.perSecond)));
    long limitedBefore = emulator.rateLimitedSends();
    Instant burstStart = Instant.now();
    long startNanos = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(8, LoadGenerator.daemon("burst"));
    List<Future<Integer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        String request = request(kind, "Burst " + run + " " + i, run, i);
        answers.add(pool.submit(() -> ctx.http().postJson(url, request, token)));
      }
      int queued = 0;
      for (Future<Integer> answer : answers) {
        queued += answer.get() == 202 ? 1 : 0;
      }
      double queueSeconds = (System.nanoTime() - startNanos) / 1e9;
      List<MessageRecord> sent = awaitSends(emulator, run, queued, Duration.ofSeconds(120));
      Map<String, Integer> perBody = new HashMap<>();
      Instant first = null;
      Instant last = null;
      for (MessageRecord m : sent) {
        perBody.merge(m.body(), 1, Integer::sum);
        first = first == null || m.timestamp().isBefore(first) ? m.timestamp() : first;
        last = last == null || m.timestamp().isAfter(last) ? m.timestamp() : last;
      }
      int distinct = perBody.size();
      int duplicates = sent.size() - distinct;
      long tooMany = emulator.rateLimitedSends() - limitedBefore;
      double span = first == null ? Double.NaN : Duration.between(first, last).toNanos() / 1e9;
      double drain = last == null ? Double.NaN : Duration.between(burstStart, last).toNanos() / 1e9;
      // Sent per second over the sends' own span (n - 1 intervals), against the allowed rate.
      double achieved = distinct > 1 ? (distinct - 1) / span : Double.NaN;
      double utilisation = achieved / kind.perSecond;
      boolean met = utilisation >= 0.98 && tooMany == 0 && duplicates == 0 && distinct == queued;
      ctx.report()
          .add(
              new Figure(
                  SECTION,
                  "utilisation: "
                      + label(kind)
                      + " sent/s over the burst ("
                      + distinct
                      + " sent of "
                      + queued
                      + " queued, "
                      + count
                      + " requested)",
                  achieved,
                  "/s",
                  "allowed (Flowroute account rate)",
                  kind.perSecond,
                  "≥ 98 % of the allowed rate, 0 × 429, 0 duplicates",
                  met,
                  String.format(
                      Locale.ROOT,
                      "%.1f %% utilisation%s",
                      utilisation * 100,
                      utilisation >= 0.98
                          ? ""
                          : String.format(
                              Locale.ROOT, ", %.1f points short", (0.98 - utilisation) * 100))));
      ctx.report()
          .add(
              new Figure(
                  SECTION,
                  label(kind) + " burst: 429 answers received from the emulator",
                  tooMany,
                  "",
                  "",
                  Double.NaN,
                  "0",
                  tooMany == 0,
                  ""));
      ctx.report()
          .add(
              new Figure(
                  SECTION,
                  label(kind) + " burst: duplicate sends (same message sent twice)",
                  duplicates,
                  "",
                  "",
                  Double.NaN,
                  "0",
                  duplicates == 0,
                  ""));
      cycles(kind, sent);
      double ideal = Math.ceil(queued / kind.perSecond) - 1;
      ctx.report()
          .add(
              new Figure(
                  SECTION,
                  label(kind) + " burst: time to drain, first POST to last send",
                  drain,
                  "s",
                  "least possible under a sliding 1 s window",
                  ideal,
                  "",
                  null,
                  String.format(Locale.ROOT, "queueing the %d took %.2f s", queued, queueSeconds)));
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * How long a permit takes to come round: the time from each send to the R-th after it (R = the
   * rate's permits), which the limiter holds at one window plus Flowroute's answer time; the excess
   * over the window is what the utilisation loses.
   */
  private void cycles(Kind kind, List<MessageRecord> sent) {
    int permits = (int) Math.ceil(kind.perSecond);
    List<Instant> times = sent.stream().map(MessageRecord::timestamp).sorted().toList();
    double window = permits / kind.perSecond;
    List<Double> cycles = new ArrayList<>();
    for (int i = 0; i + permits < times.size(); i++) {
      cycles.add(Duration.between(times.get(i), times.get(i + permits)).toNanos() / 1e9);
    }
    if (cycles.isEmpty()) {
      return;
    }
    double mean = cycles.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    double longest = cycles.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    ctx.report()
        .add(
            new Figure(
                SECTION,
                label(kind) + " burst: a permit's cycle, send to the R-th send after it (mean)",
                mean * 1000,
                "ms",
                "the window",
                window * 1000,
                "",
                null,
                String.format(Locale.ROOT, "longest %.0f ms", longest * 1000)));
  }

  /**
   * The request for one message of the burst; an MMS's media are on a host the emulator accepts
   * without fetching, so the figure is the dispatcher's and not the media server's.
   */
  private static String request(Kind kind, String body, String run, int i) {
    String media =
        kind == Kind.MMS
            ? ",\"mediaUrls\":[\"https://media.example.com/burst/" + run + "/" + i + ".png\"]"
            : "";
    return "{\"from\":\"+12065550100\",\"to\":\"+"
        + Ids.peer()
        + "\",\"body\":\""
        + body
        + "\""
        + media
        + "}";
  }

  private static List<MessageRecord> awaitSends(
      FlowrouteEmulator emulator, String run, int expected, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<MessageRecord> sent = List.of();
    while (System.nanoTime() < deadline) {
      sent = ours(emulator, run);
      if (sent.stream().map(MessageRecord::body).distinct().count() >= expected) {
        break;
      }
      Thread.sleep(50);
    }
    // Anything sent twice would follow within a retry interval or two.
    Thread.sleep(3_000);
    return ours(emulator, run);
  }

  private static List<MessageRecord> ours(FlowrouteEmulator emulator, String run) {
    return emulator.messages().stream()
        .filter(m -> m.direction().equals("outbound"))
        .filter(m -> m.body() != null && m.body().startsWith("Burst " + run + " "))
        .toList();
  }
}
