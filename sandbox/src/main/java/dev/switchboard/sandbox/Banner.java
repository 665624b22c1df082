package dev.switchboard.sandbox;

import java.util.UUID;

/** What the launcher prints once everything is up. */
final class Banner {

  private Banner() {}

  static String render(
      SandboxSettings settings, String emulatorUrl, String jdbcUrl, String kafka, String token) {
    String line = "=".repeat(78);
    StringBuilder b = new StringBuilder();
    b.append('\n').append(line).append('\n');
    b.append("  Switchboard sandbox is ready").append('\n');
    b.append(line).append('\n');
    if (settings.servicesOnly()) {
      b.append("  API              not started (--services-only); run it with quarkus:dev\n");
    } else {
      b.append("  API              ").append(settings.apiUrl()).append('\n');
      for (int i = 1; i < settings.replicas(); i++) {
        b.append("  API replica ")
            .append(i + 1)
            .append("    ")
            .append(settings.apiUrl(i))
            .append('\n');
      }
      // Health, metrics and OpenAPI are on the management interface, as in production.
      b.append("  Swagger UI       ").append(settings.managementUrl(0)).append("/q/swagger-ui\n");
      b.append("  Health, metrics  ")
          .append(settings.managementUrl(0))
          .append("/q/health, ")
          .append(settings.managementUrl(0))
          .append("/q/metrics\n");
      // The emulator's OIDC provider signs the sandbox operator in at once: no login page.
      b.append("  Console          ").append(settings.apiUrl()).append("/console\n");
    }
    b.append("  Flowroute emul.  ").append(emulatorUrl).append("  (index: /sandbox)\n");
    b.append("  PostgreSQL       ").append(jdbcUrl).append("  (switchboard/switchboard)\n");
    b.append("  Kafka            ").append(kafka).append('\n');
    b.append('\n');
    b.append("  Bearer token (24 h; new ones at ").append(emulatorUrl).append("/sandbox/token):\n");
    b.append("  ").append(token).append("\n\n");
    b.append("  Send an SMS:\n");
    b.append("  curl -i -X POST ")
        .append(settings.apiUrl())
        .append("/v1/messages -H 'Authorization: Bearer ")
        .append(token)
        .append("' -H 'Content-Type: application/json' -H 'Idempotency-Key: ")
        .append(UUID.randomUUID())
        .append("' -d '{\"from\":\"+12065550100\",\"to\":\"+12065550199\",")
        .append("\"body\":\"Hello from Switchboard\"}'\n\n");
    b.append("  Make a phone text us:\n");
    b.append("  curl -i -X POST ")
        .append(emulatorUrl)
        .append("/sandbox/inbound -H 'Content-Type: application/json' -d ")
        .append(
            "'{\"from\":\"+12065550199\",\"to\":\"+12065550100\",\"body\":\"Hi Switchboard\"}'\n\n");
    b.append("  Follow a message: GET ")
        .append(settings.apiUrl())
        .append("/v1/messages/<id> with the same Authorization header.\n");
    b.append("  Watch the Kafka events (in another terminal): ./tail-events.sh\n");
    b.append(line).append('\n');
    b.append("  Ctrl-C stops everything.\n");
    return b.toString();
  }
}
