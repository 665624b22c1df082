package dev.switchboard.faults;

import dev.switchboard.benchmarks.ApiJvm;
import dev.switchboard.sandbox.ApiEnvironment;
import dev.switchboard.sandbox.SandboxInventory;
import dev.switchboard.sandbox.SandboxKafka;
import dev.switchboard.sandbox.SandboxPostgres;
import dev.switchboard.sandbox.emulator.EmulatorConfig;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import dev.switchboard.sandbox.emulator.account.CallbackType;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real PostgreSQL, Kafka and the Flowroute emulator, started once, and the API jar as several
 * replicas ({@link ApiJvm}) on the same services, each of which a scenario can kill, stop or start
 * again with other settings.
 */
final class FaultStack implements AutoCloseable {

  /** The account's rates for the suite: faster than Flowroute's, so each scenario takes seconds. */
  static final int SMS_PER_SECOND = 25;

  static final int MMS_PER_SECOND = 5;

  static final String WEBHOOK_SECRET = "fault-suite-webhook-secret";
  static final Path API_JAR = Path.of("../api/target/quarkus-app/quarkus-run.jar");
  private static final Duration READY = Duration.ofSeconds(180);

  private final SandboxPostgres postgres;
  private final SandboxKafka kafka;
  private final FlowrouteEmulator emulator;
  private final int[] ports;
  private final ApiJvm[] replicas;
  private final Map<String, String> settings = new LinkedHashMap<>();
  private final List<Integer> starts = new ArrayList<>();
  private final List<Path> logs = new ArrayList<>();
  private final String name;

  private FaultStack(
      String name,
      SandboxPostgres postgres,
      SandboxKafka kafka,
      FlowrouteEmulator emulator,
      int[] ports) {
    this.name = name;
    this.postgres = postgres;
    this.kafka = kafka;
    this.emulator = emulator;
    this.ports = ports;
    this.replicas = new ApiJvm[ports.length];
    // If the suite's JVM is stopped (a build timeout), no replica outlives it.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  for (ApiJvm replica : replicas) {
                    if (replica != null) {
                      ProcessHandle.of(replica.pid()).ifPresent(ProcessHandle::destroyForcibly);
                    }
                  }
                }));
  }

  private boolean inventorySeeded;

  static FaultStack open(int replicaCount) throws IOException {
    return open("fault-suite", replicaCount);
  }

  /** A stack whose replicas log to {@code target/<name>/}. */
  static FaultStack open(String name, int replicaCount) throws IOException {
    int[] ports = new int[replicaCount];
    for (int i = 0; i < replicaCount; i++) {
      ports[i] = freePort();
    }
    SandboxPostgres postgres = SandboxPostgres.start(0, null, false);
    SandboxKafka kafka = SandboxKafka.start(0, null);
    // Webhooks go to the first replica, as they would to a load balancer; while it is down the
    // emulator re-sends them every second for half a minute.
    String webhooks = "http://127.0.0.1:" + ports[0] + "/webhooks/flowroute/" + WEBHOOK_SECRET;
    FlowrouteEmulator emulator =
        FlowrouteEmulator.start(
            EmulatorConfig.defaults()
                .withPort(0)
                .withRates(SMS_PER_SECOND, MMS_PER_SECOND)
                .withDlrDelay(Duration.ofMillis(200))
                .withWebhookRetry(30, Duration.ofSeconds(1))
                .withAccountCallback(CallbackType.SMS_CALLBACK, webhooks + "/sms")
                .withAccountCallback(CallbackType.MMS_CALLBACK, webhooks + "/mms")
                .withAccountCallback(CallbackType.SMS_DLR_CALLBACK, webhooks + "/dlr")
                .withAccountCallback(CallbackType.MMS_DLR_CALLBACK, webhooks + "/dlr"));
    return new FaultStack(name, postgres, kafka, emulator, ports);
  }

  FlowrouteEmulator emulator() {
    return emulator;
  }

  String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  int replicaCount() {
    return ports.length;
  }

  String apiUrl(int replica) {
    return "http://127.0.0.1:" + ports[replica];
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(
        postgres.jdbcUrl(), SandboxPostgres.USER, SandboxPostgres.PASSWORD);
  }

  /** Settings (environment variables) for replicas started from now on. */
  void set(String name, String value) {
    settings.put(name, value);
  }

  /** Starts the replicas that are not running, side by side, and waits until each is ready. */
  void startAll() throws IOException, InterruptedException {
    for (int i = 0; i < replicas.length; i++) {
      if (replicas[i] == null) {
        launch(i);
      }
    }
    for (int i = 0; i < replicas.length; i++) {
      replicas[i].awaitReady(apiUrl(i), READY);
    }
    // The API sends only from numbers in its inventory; the database outlives restarts.
    if (!inventorySeeded) {
      inventorySeeded = SandboxInventory.reconcile(apiUrl(0), emulator);
    }
  }

  /** Starts one replica again and waits until it is ready. */
  void start(int replica) throws IOException, InterruptedException {
    launch(replica);
    replicas[replica].awaitReady(apiUrl(replica), READY);
  }

  private void launch(int replica) throws IOException {
    starts.add(replica);
    Path log = Path.of("target", name, "replica-" + replica + "-" + starts.size() + ".log");
    logs.add(log);
    replicas[replica] = ApiJvm.start(API_JAR, environment(replica), log);
  }

  /** SIGKILL: the replica dies at once, holding whatever it had claimed. */
  void kill(int replica) throws InterruptedException {
    ProcessHandle.of(replicas[replica].pid())
        .ifPresent(
            p -> {
              p.destroyForcibly();
              p.onExit().join();
            });
    replicas[replica] = null;
  }

  /** SIGTERM, and waits for the replica to exit (killed after 20 s). */
  void stop(int replica) {
    if (replicas[replica] != null) {
      replicas[replica].close();
      replicas[replica] = null;
    }
  }

  /** The log files (stdout and stderr) of every replica run this stack started. */
  List<Path> logs() {
    return List.copyOf(logs);
  }

  /** The log file (stdout and stderr) of the replica's current run. */
  Path log(int replica) {
    return replicas[replica].log();
  }

  long pid(int replica) {
    return replicas[replica].pid();
  }

  private Map<String, String> environment(int replica) {
    Map<String, String> env =
        ApiEnvironment.of(ports[replica], postgres, kafka, emulator, WEBHOOK_SECRET, apiUrl(0));
    env.put("SWITCHBOARD_WEBHOOKS_REGISTER_CALLBACKS", "false");
    env.put("SWITCHBOARD_RECONCILIATION_ENABLED", "false");
    env.put("SWITCHBOARD_DISPATCHER_SMS_PER_SECOND", String.valueOf(SMS_PER_SECOND));
    env.put("SWITCHBOARD_DISPATCHER_MMS_PER_SECOND", String.valueOf(MMS_PER_SECOND));
    env.put("JAVA_TOOL_OPTIONS", "-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
    env.putAll(settings);
    return env;
  }

  @Override
  public void close() {
    for (int i = 0; i < replicas.length; i++) {
      stop(i);
    }
    emulator.close();
    try {
      kafka.close();
    } catch (RuntimeException e) {
      System.err.println("fault-suite: stopping Kafka: " + e.getMessage());
    }
    try {
      postgres.close();
    } catch (IOException e) {
      System.err.println("fault-suite: stopping PostgreSQL: " + e.getMessage());
    }
  }

  private static int freePort() throws IOException {
    return ApiEnvironment.freeApiPort();
  }
}
