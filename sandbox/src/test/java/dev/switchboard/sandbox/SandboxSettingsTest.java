package dev.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxSettingsTest {

  @Test
  void defaults_to_the_documented_ports_and_paths() {
    SandboxSettings settings = SandboxSettings.read(new String[0], Map.of());

    assertThat(settings.apiPort()).isEqualTo(8080);
    assertThat(settings.emulatorPort()).isEqualTo(8090);
    assertThat(settings.pgPort()).isEqualTo(5432);
    assertThat(settings.kafkaPort()).isEqualTo(9092);
    assertThat(settings.dataDir()).isEqualTo(Path.of(".sandbox-data"));
    assertThat(settings.apiJar()).isEqualTo(Path.of("api/target/quarkus-app/quarkus-run.jar"));
    assertThat(settings.servicesOnly()).isFalse();
    assertThat(settings.webhookUrl("dlr"))
        .isEqualTo("http://127.0.0.1:8080/webhooks/flowroute/sandbox-webhook-secret/dlr");
  }

  @Test
  void reads_environment_variables_and_the_services_only_flag() {
    SandboxSettings settings =
        SandboxSettings.read(
            new String[] {"--services-only"},
            Map.of("SANDBOX_API_PORT", "18080", "SANDBOX_WEBHOOK_SECRET", "abc"));

    assertThat(settings.servicesOnly()).isTrue();
    assertThat(settings.webhookUrl("sms"))
        .isEqualTo("http://127.0.0.1:18080/webhooks/flowroute/abc/sms");
  }

  @Test
  void refuses_a_port_that_is_not_a_number() {
    assertThatThrownBy(() -> SandboxSettings.read(new String[0], Map.of("SANDBOX_PG_PORT", "pg")))
        .hasMessageContaining("SANDBOX_PG_PORT");
  }
}
