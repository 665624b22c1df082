package dev.switchboard.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Runs the benchmark suite against the sandbox services and the API jar (a separate JVM), prints
 * the table and writes BENCHMARKS.md. Not a test: {@code ./run-benchmarks.sh --help}.
 */
public final class Main {

  // A shared two-core machine at load 30 has taken 105 s to start the API.
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(300);

  private Main() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.out");
    if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
      System.out.println(Options.USAGE);
      return;
    }
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("benchmarks: " + e.getMessage());
      System.exit(2);
      return;
    }
    System.exit(run(options, args));
  }

  static int run(Options options, String[] args) throws Exception {
    long began = System.nanoTime();
    String loadAtStart = Machine.loadAverage();
    Machine.watchLoad();
    Report report =
        new Report(
            Machine.detect(),
            ("./run-benchmarks.sh " + String.join(" ", args)).trim(),
            ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT));
    report.subject(System.getProperty("benchmarks.subject", ""));
    Path workDir = Path.of(System.getProperty("benchmarks.workdir", "benchmarks/target/run"));
    Files.createDirectories(workDir);
    System.out.println("benchmarks: load average at start " + loadAtStart);
    int failures = 0;
    if (!options.postgresSettings().isEmpty()) {
      report.postgresSettings(options.postgresSettings());
    }
    try (Stack stack = Stack.start(options.postgresSettings())) {
      Context ctx = new Context(options, report, stack, new Http(), workDir, stack.postmasterPid());
      Footprint footprint = new Footprint(ctx);
      if (options.runs("footprint")) {
        footprint.measureBareJvm(settle(options));
      }
      boolean firstApi =
          options.runs("footprint")
              || options.runs("inbound")
              || options.runs("send")
              || options.runs("batch");
      if (firstApi) {
        // Without the dispatcher: the send benchmark queues far more than 5/s can ever send.
        try (ApiJvm api =
            ApiJvm.start(
                options.apiJar(),
                options.apiJvmOptions(),
                stack.apiEnvironment(
                    false, DispatcherBenchmark.SMS_PER_SECOND, DispatcherBenchmark.MMS_PER_SECOND),
                workDir.resolve("api-1.log"))) {
          Duration ready = api.awaitReady(stack.apiUrl(), READY_TIMEOUT);
          stack.seedInventory();
          ctx.progress("API ready in " + ready.toMillis() + " ms (pid " + api.pid() + ")");
          Thread.sleep(settle(options).toMillis());
          long idle = api.rssBytes();
          if (options.runs("footprint")) {
            footprint.startup(
                "start-up to ready, first start (runs the migrations)", ready, api, true);
            footprint.idleRss(idle);
          }
          try (RssPeak peak = RssPeak.start(api.pid())) {
            InboundBenchmark inbound = new InboundBenchmark(ctx, api);
            SendApiBenchmark send = new SendApiBenchmark(ctx, api);
            failures += attempt(ctx, "inbound", inbound::run);
            failures += attempt(ctx, "send", send::run);
            failures += attempt(ctx, "batch", () -> new BatchSendBenchmark(ctx, api).run());
            // The JFR profiles last: a first recording makes the JVM compile again for minutes.
            if (options.profile()) {
              failures += attempt(ctx, "inbound", inbound::profile);
              failures += attempt(ctx, "send", send::profile);
            }
            if (options.runs("footprint") && (options.runs("inbound") || options.runs("send"))) {
              footprint.loadRss(peak.peakBytes(), idle);
            }
          }
        }
      }
      if (options.runs("dispatcher") || options.runs("queries")) {
        settleLeftovers(stack);
        try (ApiJvm api =
            ApiJvm.start(
                options.apiJar(),
                options.apiJvmOptions(),
                stack.apiEnvironment(
                    true, DispatcherBenchmark.SMS_PER_SECOND, DispatcherBenchmark.MMS_PER_SECOND),
                workDir.resolve("api-2.log"))) {
          Duration ready = api.awaitReady(stack.apiUrl(), READY_TIMEOUT);
          stack.seedInventory();
          ctx.progress("API (with the dispatcher) ready in " + ready.toMillis() + " ms");
          if (options.runs("footprint") && firstApi) {
            footprint.startup("start-up to ready, restart (schema present)", ready, api, true);
          }
          failures += attempt(ctx, "dispatcher", () -> new DispatcherBenchmark(ctx).run());
          failures += attempt(ctx, "dispatcher", () -> dispatchWithReplicas(ctx, options, stack));
          failures += attempt(ctx, "queries", () -> new QueryBenchmark(ctx).run());
        }
      }
    }
    String loadAtEnd = Machine.loadAverage();
    report.loadAverages(loadAtStart, loadAtEnd);
    report.peakLoad(Machine.peakLoad());
    report.minutes((System.nanoTime() - began) / 60e9);
    System.out.println();
    System.out.println(report.table());
    System.out.println(
        "benchmarks: load average at start " + loadAtStart + ", at end " + loadAtEnd);
    report.write(options.output());
    System.out.println("benchmarks: wrote " + options.output().toAbsolutePath());
    return failures == 0 ? 0 : 1;
  }

  /** Replicas dispatching beside the first API: all of them share the account's rate. */
  static final int DISPATCHER_REPLICAS = 3;

  /**
   * Starts {@link #DISPATCHER_REPLICAS} - 1 more API processes with the dispatcher on the same
   * services and runs the dispatcher benchmark again, all replicas sharing one account.
   */
  private static void dispatchWithReplicas(Context ctx, Options options, Stack stack)
      throws Exception {
    java.util.List<ApiJvm> more = new java.util.ArrayList<>();
    try {
      for (int i = 1; i < DISPATCHER_REPLICAS; i++) {
        int port = Stack.freePort();
        java.util.Map<String, String> env =
            new java.util.LinkedHashMap<>(
                stack.apiEnvironment(
                    true, DispatcherBenchmark.SMS_PER_SECOND, DispatcherBenchmark.MMS_PER_SECOND));
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        ApiJvm replica =
            ApiJvm.start(
                options.apiJar(),
                options.apiJvmOptions(),
                env,
                ctx.workDir().resolve("api-replica-" + i + ".log"));
        more.add(replica);
        replica.awaitReady("http://127.0.0.1:" + port, READY_TIMEOUT);
      }
      ctx.progress(DISPATCHER_REPLICAS + " API replicas dispatching on one account");
      new DispatcherBenchmark(ctx, DISPATCHER_REPLICAS).run();
    } finally {
      more.forEach(ApiJvm::close);
    }
  }

  private interface Body {
    void run() throws Exception;
  }

  /** Runs one benchmark if selected; a failure is reported and the others still run. */
  private static int attempt(Context ctx, String suite, Body body) {
    if (!ctx.options().runs(suite)) {
      return 0;
    }
    try {
      body.run();
      return 0;
    } catch (Exception e) {
      ctx.report().note("The " + suite + " benchmark failed: " + e);
      System.err.println("benchmarks: " + suite + " failed");
      e.printStackTrace();
      return 1;
    }
  }

  /**
   * Messages queued by the send benchmark (its API ran without the dispatcher) are marked failed,
   * so the dispatcher benchmark sends only its own burst.
   */
  private static void settleLeftovers(Stack stack) throws Exception {
    try (Connection c = stack.connect();
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT to_regclass('messages') IS NOT NULL")) {
        rs.next();
        if (!rs.getBoolean(1)) {
          return;
        }
      }
      s.executeUpdate(
          "UPDATE messages SET status = 'FAILED', next_attempt_at = NULL"
              + " WHERE status IN ('QUEUED', 'SENDING')");
    }
  }

  private static Duration settle(Options options) {
    return options.quick() ? Duration.ofSeconds(2) : Duration.ofSeconds(5);
  }
}
