package dev.switchboard.sandbox;

import dev.switchboard.sandbox.emulator.EmulatorConfig;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import dev.switchboard.sandbox.emulator.account.CallbackType;
import dev.switchboard.sandbox.emulator.control.ServiceSwitch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import sun.misc.Signal;

/**
 * Runs the platform on one machine with nothing installed: PostgreSQL, Kafka, the Flowroute
 * emulator and the API jar as a child process ({@code --replicas N}: N of them on consecutive
 * ports, sharing the rest). {@code --services-only} leaves the API out; {@code --numbers-api v1}
 * has the API speak Flowroute's legacy Numbers v1 (the emulator serves both).
 */
public final class Sandbox {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration MDR_LISTING_DELAY = Duration.ofSeconds(3);

  private final SandboxSettings settings;
  private SandboxPostgres postgres;
  private SandboxKafka kafka;
  private FlowrouteEmulator emulator;
  private final List<ApiProcess> apis = new ArrayList<>();
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
      if (!settings.servicesOnly() && !startApis()) {
        stopAll();
        return 1;
      }
      System.out.println(
          Banner.render(
              settings,
              emulator.url(),
              postgres.jdbcUrl(),
              kafka.bootstrapServers(),
              emulator.tokens().issue()));
      if (!apis.isEmpty()) {
        Process exited =
            (Process)
                CompletableFuture.anyOf(
                        apis.stream().map(ApiProcess::onExit).toArray(CompletableFuture[]::new))
                    .get();
        if (!isStopping()) {
          System.err.println(
              "sandbox: the API process "
                  + exited.pid()
                  + " exited with code "
                  + exited.exitValue()
                  + "; stopping");
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

  /** Starts the replicas one after the other (the first migrates the schema), each awaited. */
  private boolean startApis() throws Exception {
    for (int i = 0; i < settings.replicas(); i++) {
      String url = settings.apiUrl(i);
      ApiProcess api = ApiProcess.start(settings.apiJar(), apiEnvironment(i));
      apis.add(api);
      System.out.println(
          "sandbox: API replica "
              + (i + 1)
              + " (pid "
              + api.pid()
              + "): waiting for "
              + settings.managementUrl(i)
              + "/q/health/ready ...");
      if (!api.awaitReady(url, READY_TIMEOUT)) {
        System.err.println(
            api.isAlive()
                ? "sandbox: the API at "
                    + url
                    + " was not ready within "
                    + READY_TIMEOUT.toSeconds()
                    + " s"
                : "sandbox: the API process for " + url + " exited during start-up");
        return false;
      }
    }
    // The API sends only from numbers in its inventory: the emulated account's come in now.
    SandboxInventory.reconcile(settings.apiUrl(0), emulator);
    for (int i = 0; i < apis.size(); i++) {
      System.out.println(
          "sandbox: API replica "
              + (i + 1)
              + " at "
              + settings.apiUrl(i)
              + ", pid "
              + apis.get(i).pid());
    }
    return true;
  }

  private void checkPorts() {
    Ports.requireFree(settings.pgPort(), "PostgreSQL", "SANDBOX_PG_PORT");
    Ports.requireFree(settings.kafkaPort(), "Kafka", "SANDBOX_KAFKA_PORT");
    Ports.requireFree(settings.emulatorPort(), "the Flowroute emulator", "SANDBOX_EMULATOR_PORT");
    if (!settings.servicesOnly()) {
      for (int i = 0; i < settings.replicas(); i++) {
        String api = i == 0 ? "the API" : "API replica " + (i + 1);
        Ports.requireFree(settings.apiPort(i), api, "SANDBOX_API_PORT");
        Ports.requireFree(
            ApiEnvironment.managementPort(settings.apiPort(i)),
            "the management interface of " + api,
            "SANDBOX_API_PORT");
      }
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
                .withMessagingApiVersion(settings.messagingApi())
                .withAccountCallback(CallbackType.SMS_CALLBACK, settings.webhookUrl("sms"))
                .withAccountCallback(CallbackType.MMS_CALLBACK, settings.webhookUrl("mms"))
                .withAccountCallback(CallbackType.SMS_DLR_CALLBACK, settings.webhookUrl("dlr"))
                .withAccountCallback(CallbackType.MMS_DLR_CALLBACK, settings.webhookUrl("dlr")));
    // POST /sandbox/{kafka,postgres}/{stop,start}: the launcher owns both, so a user can cause
    // an outage and watch the API through it.
    emulator.controlService(
        "kafka", ServiceSwitch.of(kafka::stop, kafka::restart, kafka::isRunning));
    emulator.controlService(
        "postgres", ServiceSwitch.of(postgres::stop, postgres::restart, postgres::isRunning));
    if (!settings.messagingApi().equals("v2.1")) {
      System.out.println(
          "sandbox: the account and the API speak Flowroute Messages "
              + settings.messagingApi()
              + " (legacy: SMS only, no delivery receipts, so a sent text stays SENT)");
    }
    // Flowroute lists a new MDR only after a few seconds: the sandbox behaves so by default.
    emulator.faults().setMdrListingDelay(MDR_LISTING_DELAY);
  }

  private Map<String, String> apiEnvironment(int replica) {
    Map<String, String> env =
        ApiEnvironment.of(
            settings.apiPort(replica),
            postgres,
            kafka,
            emulator,
            settings.webhookSecret(),
            settings.apiUrl());
    // --numbers-api: which Flowroute Numbers API the API speaks to the emulator (both served).
    env.put("SWITCHBOARD_FLOWROUTE_NUMBERS_API", settings.numbersApi());
    // The API and the emulator's account speak the same Messages version (--messaging-api).
    env.put("SWITCHBOARD_FLOWROUTE_MESSAGING_API", settings.messagingApi());
    // Copies of inbound media beside the sandbox's other data, shared by all replicas.
    env.put("SWITCHBOARD_MEDIA_STORAGE_DIRECTORY", settings.dataDir().resolve("media").toString());
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
    if (!apis.isEmpty()) {
      System.out.println("sandbox: stopping the API (" + apis.size() + " process(es)) ...");
      // SIGTERM to all first, so the replicas shut down side by side, then wait for each.
      apis.forEach(ApiProcess::requestStop);
      apis.forEach(ApiProcess::stop);
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
