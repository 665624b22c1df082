package dev.switchboard.sandbox;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The launcher's settings, each read from a {@code -D} system property, else an environment
 * variable of the same name, else a default.
 */
public record SandboxSettings(
    int apiPort,
    int emulatorPort,
    int pgPort,
    int kafkaPort,
    Path dataDir,
    String webhookSecret,
    Path apiJar,
    boolean servicesOnly,
    int replicas,
    String numbersApi,
    String messagingApi) {

  /** Most API processes {@code --replicas} starts. */
  public static final int MAX_REPLICAS = 16;

  /** The Flowroute Messages API versions {@code --messaging-api} chooses between. */
  public static final java.util.List<String> MESSAGING_APIS = java.util.List.of("v2.1", "v2");

  public SandboxSettings {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(webhookSecret, "webhookSecret");
    Objects.requireNonNull(apiJar, "apiJar");
    if (webhookSecret.isBlank() || !webhookSecret.matches("[A-Za-z0-9._~-]+")) {
      throw new IllegalArgumentException(
          "SANDBOX_WEBHOOK_SECRET must be non-empty and URL-safe (letters, digits, . _ ~ -)");
    }
    if (replicas < 1 || replicas > MAX_REPLICAS) {
      throw new IllegalArgumentException(
          "--replicas must be between 1 and " + MAX_REPLICAS + ", not " + replicas);
    }
    if (!MESSAGING_APIS.contains(messagingApi)) {
      throw new IllegalArgumentException(
          "--messaging-api must be one of " + MESSAGING_APIS + ", not " + messagingApi);
    }
    if (ApiEnvironment.managementPort(apiPort + replicas - 1) > 65535) {
      throw new IllegalArgumentException(
          "SANDBOX_API_PORT + --replicas + "
              + ApiEnvironment.MANAGEMENT_PORT_OFFSET
              + " (the management ports) exceeds 65535");
    }
    if (!numbersApi.equals("v1") && !numbersApi.equals("v2")) {
      throw new IllegalArgumentException("--numbers-api must be v1 or v2, not " + numbersApi);
    }
  }

  public static SandboxSettings read(String[] args, Map<String, String> env) {
    UnaryOperator<String> lookup =
        name -> {
          String value = System.getProperty(name);
          return value != null && !value.isBlank() ? value : env.get(name);
        };
    return new SandboxSettings(
        port(lookup, "SANDBOX_API_PORT", 8080),
        port(lookup, "SANDBOX_EMULATOR_PORT", 8090),
        port(lookup, "SANDBOX_PG_PORT", 5432),
        port(lookup, "SANDBOX_KAFKA_PORT", 9092),
        Path.of(text(lookup, "SANDBOX_DATA_DIR", ".sandbox-data")),
        text(lookup, "SANDBOX_WEBHOOK_SECRET", "sandbox-webhook-secret"),
        Path.of(text(lookup, "SANDBOX_API_JAR", "api/target/quarkus-app/quarkus-run.jar")),
        Arrays.asList(args).contains("--services-only"),
        replicas(args),
        option(args, "--numbers-api").orElse("v2"),
        option(args, "--messaging-api").orElse("v2.1"));
  }

  /** The value of {@code --name value} or {@code --name=value}, if given. */
  static java.util.Optional<String> option(String[] args, String name) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(name)) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        return java.util.Optional.of(args[i + 1].trim());
      }
      if (args[i].startsWith(name + "=")) {
        return java.util.Optional.of(args[i].substring(name.length() + 1).trim());
      }
    }
    return java.util.Optional.empty();
  }

  /** {@code --replicas N} or {@code --replicas=N}; 1 without it. */
  private static int replicas(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].equals("--replicas")) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("--replicas needs a number");
        }
        value = args[i + 1];
      } else if (args[i].startsWith("--replicas=")) {
        value = args[i].substring("--replicas=".length());
      }
      if (value != null) {
        try {
          return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("--replicas needs a number, not " + value);
        }
      }
    }
    return 1;
  }

  private static String text(UnaryOperator<String> lookup, String name, String fallback) {
    String value = lookup.apply(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  private static int port(UnaryOperator<String> lookup, String name, int fallback) {
    String value = text(lookup, name, String.valueOf(fallback));
    try {
      int port = Integer.parseInt(value);
      if (port > 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " must be a port number, not " + value);
  }

  /** The first replica's URL; the emulator's webhooks go there. */
  public String apiUrl() {
    return apiUrl(0);
  }

  /** Replica {@code index} (from 0) listens on the API port + index. */
  public int apiPort(int index) {
    return apiPort + index;
  }

  public String apiUrl(int index) {
    return "http://127.0.0.1:" + apiPort(index);
  }

  /** Health, metrics, OpenAPI and Swagger UI of a replica: its management interface. */
  public String managementUrl(int index) {
    return ApiEnvironment.managementUrl(apiUrl(index));
  }

  /**
   * Where the emulator posts webhooks for the given kind ({@code sms}, {@code mms}, {@code dlr}).
   */
  public String webhookUrl(String kind) {
    return apiUrl() + "/webhooks/flowroute/" + webhookSecret + "/" + kind;
  }
}
