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
    assertThat(settings.replicas()).isEqualTo(1);
    assertThat(settings.webhookUrl("dlr"))
        .isEqualTo("http://127.0.0.1:8080/webhooks/flowroute/sandbox-webhook-secret/dlr");
  }

  @Test
  void the_messaging_api_is_v2_1_unless_the_flag_says_v2() {
    assertThat(SandboxSettings.read(new String[0], Map.of()).messagingApi()).isEqualTo("v2.1");
    assertThat(
            SandboxSettings.read(new String[] {"--messaging-api", "v2"}, Map.of()).messagingApi())
        .isEqualTo("v2");
    assertThat(SandboxSettings.read(new String[] {"--messaging-api=v2"}, Map.of()).messagingApi())
        .isEqualTo("v2");
    assertThatThrownBy(() -> SandboxSettings.read(new String[] {"--messaging-api", "v3"}, Map.of()))
        .hasMessageContaining("--messaging-api");
    assertThatThrownBy(() -> SandboxSettings.read(new String[] {"--messaging-api"}, Map.of()))
        .hasMessageContaining("--messaging-api");
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
  void replicas_listen_on_consecutive_ports_from_the_api_port() {
    SandboxSettings settings =
        SandboxSettings.read(new String[] {"--replicas", "3"}, Map.of("SANDBOX_API_PORT", "18280"));

    assertThat(settings.replicas()).isEqualTo(3);
    assertThat(settings.apiUrl(0)).isEqualTo("http://127.0.0.1:18280");
    assertThat(settings.apiUrl(2)).isEqualTo("http://127.0.0.1:18282");
    assertThat(SandboxSettings.read(new String[] {"--replicas=2"}, Map.of()).replicas())
        .isEqualTo(2);
  }

  @Test
  void speaks_numbers_v2_unless_told_numbers_v1() {
    assertThat(SandboxSettings.read(new String[0], Map.of()).numbersApi()).isEqualTo("v2");
    assertThat(
            SandboxSettings.read(new String[] {"--replicas", "2", "--numbers-api", "v1"}, Map.of())
                .numbersApi())
        .isEqualTo("v1");
    assertThat(SandboxSettings.read(new String[] {"--numbers-api=v1"}, Map.of()).numbersApi())
        .isEqualTo("v1");
    assertThatThrownBy(() -> SandboxSettings.read(new String[] {"--numbers-api", "v3"}, Map.of()))
        .hasMessageContaining("--numbers-api");
  }

  @Test
  void refuses_replicas_that_are_not_a_positive_number() {
    assertThatThrownBy(() -> SandboxSettings.read(new String[] {"--replicas", "0"}, Map.of()))
        .hasMessageContaining("--replicas");
    assertThatThrownBy(() -> SandboxSettings.read(new String[] {"--replicas", "two"}, Map.of()))
        .hasMessageContaining("--replicas");
  }

  @Test
  void refuses_a_port_that_is_not_a_number() {
    assertThatThrownBy(() -> SandboxSettings.read(new String[0], Map.of("SANDBOX_PG_PORT", "pg")))
        .hasMessageContaining("SANDBOX_PG_PORT");
  }

  @Test
  void each_replicas_management_interface_is_its_api_port_plus_1000_and_the_banner_shows_it() {
    SandboxSettings settings =
        SandboxSettings.read(new String[] {"--replicas", "2"}, Map.of("SANDBOX_API_PORT", "18280"));

    assertThat(settings.managementUrl(0)).isEqualTo("http://127.0.0.1:19280");
    assertThat(settings.managementUrl(1)).isEqualTo("http://127.0.0.1:19281");
    assertThat(ApiEnvironment.managementUrl("http://127.0.0.1:8080"))
        .isEqualTo("http://127.0.0.1:9080");
    assertThat(Banner.render(settings, "http://127.0.0.1:8090", "jdbc:x", "127.0.0.1:9092", "t"))
        .contains("http://127.0.0.1:19280/q/swagger-ui")
        .contains("http://127.0.0.1:19280/q/health")
        .contains("http://127.0.0.1:19280/q/metrics")
        .doesNotContain("18280/q/");
    assertThatThrownBy(
            () -> SandboxSettings.read(new String[0], Map.of("SANDBOX_API_PORT", "65000")))
        .hasMessageContaining("management");
  }
}
