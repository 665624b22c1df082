package dev.switchboard.benchmarks;

import dev.switchboard.sandbox.ApiEnvironment;
import dev.switchboard.sandbox.SandboxInventory;
import dev.switchboard.sandbox.SandboxKafka;
import dev.switchboard.sandbox.SandboxPostgres;
import dev.switchboard.sandbox.emulator.EmulatorConfig;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import dev.switchboard.sandbox.emulator.account.CallbackType;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * The services the API runs on during a benchmark: durable PostgreSQL (fsync and synchronous commit
 * on, as in production), the in-process Kafka broker and the Flowroute emulator with Flowroute's
 * rate limits. All on free loopback ports, all temporary.
 */
public final class Stack implements AutoCloseable {

  public static final String WEBHOOK_SECRET = "benchmark-webhook-secret";

  private final SandboxPostgres postgres;
  private final SandboxKafka kafka;
  private final FlowrouteEmulator emulator;
  private final int apiPort;

  private Stack(
      SandboxPostgres postgres, SandboxKafka kafka, FlowrouteEmulator emulator, int apiPort) {
    this.postgres = postgres;
    this.kafka = kafka;
    this.emulator = emulator;
    this.apiPort = apiPort;
  }

  public static Stack start() throws IOException {
    return start(Map.of());
  }

  /** As {@link #start()}, with further PostgreSQL server settings ({@code --postgres-setting}). */
  public static Stack start(Map<String, String> postgresSettings) throws IOException {
    int apiPort = freePort();
    SandboxPostgres postgres = SandboxPostgres.start(0, null, true, postgresSettings);
    SandboxKafka kafka = null;
    try {
      kafka = SandboxKafka.start(0, null);
      String api = "http://127.0.0.1:" + apiPort + "/webhooks/flowroute/" + WEBHOOK_SECRET + "/";
      FlowrouteEmulator emulator =
          FlowrouteEmulator.start(
              EmulatorConfig.defaults()
                  .withPort(0)
                  .withAccountCallback(CallbackType.SMS_CALLBACK, api + "sms")
                  .withAccountCallback(CallbackType.MMS_CALLBACK, api + "mms")
                  .withAccountCallback(CallbackType.SMS_DLR_CALLBACK, api + "dlr")
                  .withAccountCallback(CallbackType.MMS_DLR_CALLBACK, api + "dlr"));
      return new Stack(postgres, kafka, emulator, apiPort);
    } catch (RuntimeException | IOException e) {
      if (kafka != null) {
        kafka.close();
      }
      postgres.close();
      throw e;
    }
  }

  public String apiUrl() {
    return "http://127.0.0.1:" + apiPort;
  }

  public String webhookUrl() {
    return apiUrl() + "/webhooks/flowroute/" + WEBHOOK_SECRET + "/sms";
  }

  public String jdbcUrl() {
    return postgres.jdbcUrl();
  }

  public String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  public FlowrouteEmulator emulator() {
    return emulator;
  }

  /** PostgreSQL's postmaster: the parent of any backend. */
  public long postmasterPid() throws SQLException {
    try (Connection c = connect();
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return ProcessStats.parentPid(rs.getLong(1));
    }
  }

  /** The emulated account's numbers into the inventory, so that the API sends from them. */
  public void seedInventory() {
    if (!SandboxInventory.reconcile(apiUrl(), emulator)) {
      throw new IllegalStateException("could not bring the account's numbers into the inventory");
    }
  }

  public Connection connect() throws SQLException {
    return Ceiling.connect(postgres.jdbcUrl());
  }

  /**
   * The framework floor's environment on {@code port}: the API's (its token settings, its
   * management port beside its HTTP port) and where its bare group commit writes.
   */
  public Map<String, String> floorEnvironment(int port) {
    Map<String, String> env =
        ApiEnvironment.of(port, postgres, kafka, emulator, WEBHOOK_SECRET, apiUrl());
    env.put("FLOOR_JDBC_URL", postgres.jdbcUrl());
    env.put("FLOOR_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
    env.put("FLOOR_WEBHOOK_SECRET", WEBHOOK_SECRET);
    return env;
  }

  /** The API's environment, as the sandbox launcher sets it, plus the dispatcher's settings. */
  public Map<String, String> apiEnvironment(
      boolean dispatcher, double smsPerSecond, double mmsPerSecond) {
    Map<String, String> env =
        ApiEnvironment.of(apiPort, postgres, kafka, emulator, WEBHOOK_SECRET, apiUrl());
    env.put("SWITCHBOARD_DISPATCHER_ENABLED", String.valueOf(dispatcher));
    env.put("SWITCHBOARD_DISPATCHER_SMS_PER_SECOND", String.valueOf(smsPerSecond));
    env.put("SWITCHBOARD_DISPATCHER_MMS_PER_SECOND", String.valueOf(mmsPerSecond));
    // The dispatcher benchmark's media URLs are made up: it measures sending, not media checks.
    env.put("SWITCHBOARD_MESSAGES_MEDIA_CHECK_ENABLED", "false");
    return env;
  }

  @Override
  public void close() {
    emulator.close();
    try {
      kafka.close();
    } catch (RuntimeException e) {
      System.err.println("benchmarks: stopping Kafka: " + e.getMessage());
    }
    try {
      postgres.close();
    } catch (IOException e) {
      System.err.println("benchmarks: stopping PostgreSQL: " + e.getMessage());
    }
  }

  /** A free port for the API, with its management port free too. */
  static int freePort() throws IOException {
    return ApiEnvironment.freeApiPort();
  }
}
