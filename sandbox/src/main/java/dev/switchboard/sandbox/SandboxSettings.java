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
    boolean servicesOnly) {

  public SandboxSettings {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(webhookSecret, "webhookSecret");
    Objects.requireNonNull(apiJar, "apiJar");
    if (webhookSecret.isBlank() || !webhookSecret.matches("[A-Za-z0-9._~-]+")) {
      throw new IllegalArgumentException(
          "SANDBOX_WEBHOOK_SECRET must be non-empty and URL-safe (letters, digits, . _ ~ -)");
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
        Arrays.asList(args).contains("--services-only"));
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

  public String apiUrl() {
    return "http://127.0.0.1:" + apiPort;
  }

  /**
   * Where the emulator posts webhooks for the given kind ({@code sms}, {@code mms}, {@code dlr}).
   */
  public String webhookUrl(String kind) {
    return apiUrl() + "/webhooks/flowroute/" + webhookSecret + "/" + kind;
  }
}
