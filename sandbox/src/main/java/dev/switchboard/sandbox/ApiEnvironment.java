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

  private ApiEnvironment() {}

  /**
   * The API on {@code port}, on these services, with {@code webhookSecret} in its webhook paths and
   * {@code publicBaseUrl} as where the emulator reaches it; callers may add settings of their own.
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
    // The emulator serves the media of received MMS on this machine: forwarding one is allowed.
    env.put("SWITCHBOARD_MESSAGES_MEDIA_CHECK_ALLOW", "127.0.0.1/32");
    return env;
  }
}
