package dev.switchboard.sandbox;

import dev.switchboard.sandbox.emulator.EmulatorConfig;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment an API process needs to run on the sandbox's services, the same for the launcher,
 * the benchmarks and the fault suite.
 */
public final class ApiEnvironment {

  /** How far above its HTTP port an API process serves its management interface. */
  public static final int MANAGEMENT_PORT_OFFSET = 1000;

  private ApiEnvironment() {}

  /**
   * The port of the management interface (health, metrics, OpenAPI) of the API on {@code apiPort}:
   * the packaged application serves them there, not on its HTTP port.
   */
  public static int managementPort(int apiPort) {
    return apiPort + MANAGEMENT_PORT_OFFSET;
  }

  /** A free port for an API process (benchmarks, fault suite) whose management port is free too. */
  public static int freeApiPort() throws java.io.IOException {
    for (int attempt = 0; ; attempt++) {
      try (java.net.ServerSocket api = new java.net.ServerSocket(0)) {
        int port = api.getLocalPort();
        if (managementPort(port) <= 65535) {
          try (java.net.ServerSocket management = new java.net.ServerSocket(managementPort(port))) {
            return port;
          } catch (java.io.IOException taken) {
            if (attempt == 20) {
              throw taken;
            }
          }
        }
      }
    }
  }

  /**
   * The management interface's base URL of the API at {@code apiUrl} ({@code http://host:port}).
   */
  public static String managementUrl(String apiUrl) {
    java.net.URI api = java.net.URI.create(apiUrl);
    return api.getScheme() + "://" + api.getHost() + ":" + managementPort(api.getPort());
  }

  /**
   * The API on {@code port} (its management interface on {@link #managementPort}), on these
   * services, with {@code webhookSecret} in its webhook paths and {@code publicBaseUrl} as where
   * the emulator reaches it; callers may add settings of their own.
   */
  public static Map<String, String> of(
      int port,
      SandboxPostgres postgres,
      SandboxKafka kafka,
      FlowrouteEmulator emulator,
      String webhookSecret,
      String publicBaseUrl) {
    EmulatorConfig config = emulator.config();
    Map<String, String> env = new LinkedHashMap<>();
    env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
    env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort(port)));
    env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl());
    env.put("QUARKUS_DATASOURCE_USERNAME", SandboxPostgres.USER);
    env.put("QUARKUS_DATASOURCE_PASSWORD", SandboxPostgres.PASSWORD);
    env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
    env.put("SWITCHBOARD_FLOWROUTE_BASE_URL", emulator.url());
    env.put("SWITCHBOARD_FLOWROUTE_ACCESS_KEY", config.accessKey());
    env.put("SWITCHBOARD_FLOWROUTE_SECRET_KEY", config.secretKey());
    env.put("SWITCHBOARD_WEBHOOKS_SECRET", webhookSecret);
    env.put("SWITCHBOARD_WEBHOOKS_PUBLIC_BASE_URL", publicBaseUrl);
    env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", emulator.url() + "/sandbox/jwks");
    env.put("MP_JWT_VERIFY_ISSUER", config.jwtIssuer());
    // The operator console signs in at the emulator's minimal OIDC provider, over plain http.
    env.put("QUARKUS_OIDC_AUTH_SERVER_URL", emulator.url() + "/sandbox/oidc");
    env.put("QUARKUS_OIDC_AUTHENTICATION_COOKIE_FORCE_SECURE", "false");
    // The sandbox's keys and secret are well known: the API refuses them unless told it is the
    // sandbox.
    env.put("SWITCHBOARD_SANDBOX_ENABLED", "true");
    // The packaged application logs JSON lines (production profile); the sandbox reads as text.
    env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
    // The emulator serves the media of received MMS on this machine: forwarding one is allowed.
    env.put("SWITCHBOARD_MESSAGES_MEDIA_CHECK_ALLOW", "127.0.0.1/32");
    return env;
  }
}
