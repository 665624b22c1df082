package dev.switchboard.sandbox;

import dev.switchboard.sandbox.emulator.CallbackType;
import dev.switchboard.sandbox.emulator.EmulatorConfig;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import sun.misc.Signal;

/**
 * Runs the platform on one machine with nothing installed: PostgreSQL, Kafka, the Flowroute
 * emulator and the API jar as a child process. {@code --services-only} leaves the API out.
 */
public final class Sandbox {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

  private final SandboxSettings settings;
  private SandboxPostgres postgres;
  private SandboxKafka kafka;
  private FlowrouteEmulator emulator;
  private ApiProcess api;
  private boolean stopping;

  private Sandbox(SandboxSettings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) {
    // Before anything touches SLF4J: Kafka and zonky are chatty at info.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.out");
    SandboxSettings settings;
    try {
      settings = SandboxSettings.read(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("sandbox: " + e.getMessage());
      System.exit(2);
      return;
    }
    System.exit(new Sandbox(settings).run());
  }

  private int run() {
    try {
      checkPorts();
      ApiProcess.requireJar(settings);
    } catch (IllegalStateException e) {
      System.err.println("sandbox: " + e.getMessage());
      return 1;
    }
    // Ctrl-C and SIGTERM stop everything in order before the JVM shuts down: JVM shutdown hooks
    // run concurrently, and zonky's own hook would stop PostgreSQL under the running API.
    for (String signal : new String[] {"INT", "TERM"}) {
      Signal.handle(
          new Signal(signal),
          s -> {
            stopAll();
            System.exit(0);
          });
    }
    Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "sandbox-shutdown"));
    try {
      startServices();
      if (!settings.servicesOnly()) {
        api = ApiProcess.start(settings.apiJar(), apiEnvironment());
        System.out.println("sandbox: waiting for " + settings.apiUrl() + "/q/health/ready ...");
        if (!api.awaitReady(settings.apiUrl(), READY_TIMEOUT)) {
          System.err.println(
              api.isAlive()
                  ? "sandbox: the API was not ready within " + READY_TIMEOUT.toSeconds() + " s"
                  : "sandbox: the API process exited during start-up");
          stopAll();
          return 1;
        }
      }
      System.out.println(
          Banner.render(
              settings,
              emulator.url(),
              postgres.jdbcUrl(),
              kafka.bootstrapServers(),
              emulator.token()));
      if (api != null) {
        int exit = api.waitFor();
        if (!isStopping()) {
          System.err.println("sandbox: the API exited with code " + exit + "; stopping");
          stopAll();
          return 1;
        }
      } else {
        Thread.currentThread().join();
      }
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    } catch (Exception e) {
      System.err.println("sandbox: could not start: " + e.getMessage());
      stopAll();
      return 1;
    }
  }

  private void checkPorts() {
    Ports.requireFree(settings.pgPort(), "PostgreSQL", "SANDBOX_PG_PORT");
    Ports.requireFree(settings.kafkaPort(), "Kafka", "SANDBOX_KAFKA_PORT");
    Ports.requireFree(settings.emulatorPort(), "the Flowroute emulator", "SANDBOX_EMULATOR_PORT");
    if (!settings.servicesOnly()) {
      Ports.requireFree(settings.apiPort(), "the API", "SANDBOX_API_PORT");
    }
  }

  private void startServices() throws Exception {
    System.out.println("sandbox: starting PostgreSQL on " + settings.pgPort() + " ...");
    postgres =
        SandboxPostgres.start(settings.pgPort(), settings.dataDir().resolve("postgres"), false);
    System.out.println("sandbox: starting Kafka on " + settings.kafkaPort() + " ...");
    kafka = SandboxKafka.start(settings.kafkaPort(), settings.dataDir().resolve("kafka"));
    System.out.println(
        "sandbox: starting the Flowroute emulator on " + settings.emulatorPort() + " ...");
    emulator =
        FlowrouteEmulator.start(
            EmulatorConfig.defaults()
                .withPort(settings.emulatorPort())
                .withAccountCallback(CallbackType.SMS_CALLBACK, settings.webhookUrl("sms"))
                .withAccountCallback(CallbackType.MMS_CALLBACK, settings.webhookUrl("mms"))
                .withAccountCallback(CallbackType.SMS_DLR_CALLBACK, settings.webhookUrl("dlr"))
                .withAccountCallback(CallbackType.MMS_DLR_CALLBACK, settings.webhookUrl("dlr")));
  }

  private Map<String, String> apiEnvironment() {
    EmulatorConfig config = emulator.config();
    Map<String, String> env = new LinkedHashMap<>();
    env.put("QUARKUS_HTTP_PORT", String.valueOf(settings.apiPort()));
    env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl());
    env.put("QUARKUS_DATASOURCE_USERNAME", SandboxPostgres.USER);
    env.put("QUARKUS_DATASOURCE_PASSWORD", SandboxPostgres.PASSWORD);
    env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
    env.put("SWITCHBOARD_FLOWROUTE_BASE_URL", emulator.url());
    env.put("SWITCHBOARD_FLOWROUTE_ACCESS_KEY", config.accessKey());
    env.put("SWITCHBOARD_FLOWROUTE_SECRET_KEY", config.secretKey());
    env.put("SWITCHBOARD_WEBHOOKS_SECRET", settings.webhookSecret());
    env.put("SWITCHBOARD_WEBHOOKS_PUBLIC_BASE_URL", settings.apiUrl());
    env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", emulator.url() + "/sandbox/jwks");
    env.put("MP_JWT_VERIFY_ISSUER", config.jwtIssuer());
    // The sandbox's keys and secret are well known: the API refuses them unless told it is the
    // sandbox.
    env.put("SWITCHBOARD_SANDBOX_ENABLED", "true");
    return env;
  }

  private synchronized boolean isStopping() {
    return stopping;
  }

  /** Stops the API, the emulator, Kafka and PostgreSQL, in that order; runs once. */
  private synchronized void stopAll() {
    if (stopping) {
      return;
    }
    stopping = true;
    if (api != null) {
      System.out.println("sandbox: stopping the API ...");
      api.stop();
    }
    if (emulator != null) {
      System.out.println("sandbox: stopping the Flowroute emulator ...");
      emulator.close();
    }
    if (kafka != null) {
      System.out.println("sandbox: stopping Kafka ...");
      quietly(kafka::close);
    }
    if (postgres != null) {
      System.out.println("sandbox: stopping PostgreSQL ...");
      quietly(postgres::close);
    }
    System.out.println("sandbox: stopped");
  }

  private interface Step {
    void run() throws Exception;
  }

  private static void quietly(Step step) {
    try {
      step.run();
    } catch (Exception e) {
      System.err.println("sandbox: " + e.getMessage());
    }
  }
}
