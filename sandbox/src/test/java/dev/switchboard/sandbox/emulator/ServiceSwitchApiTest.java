package dev.switchboard.sandbox.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.sandbox.emulator.control.ServiceSwitch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ServiceSwitchApiTest extends EmulatorTestBase {

  @Test
  void stops_and_starts_a_service_the_launcher_registered() {
    AtomicBoolean running = new AtomicBoolean(true);
    emulator.controlService(
        "kafka", ServiceSwitch.of(() -> running.set(false), () -> running.set(true), running::get));

    FlowrouteClient.Response stopped = client.post("/sandbox/kafka/stop", "");
    assertThat(stopped.status()).isEqualTo(200);
    assertThat(stopped.json().path("running").asBoolean()).isFalse();
    assertThat(running).isFalse();
    assertThat(client.get("/sandbox/kafka").json().path("running").asBoolean()).isFalse();

    FlowrouteClient.Response started = client.post("/sandbox/kafka/start", "");
    assertThat(started.status()).isEqualTo(200);
    assertThat(started.json().path("running").asBoolean()).isTrue();
    assertThat(running).isTrue();
  }

  @Test
  void a_service_the_launcher_does_not_own_is_not_found() {
    try (FlowrouteEmulator bare = FlowrouteEmulator.startOnFreePort()) {
      FlowrouteClient own = FlowrouteClient.of(bare);
      assertThat(own.post("/sandbox/postgres/stop", "").status()).isEqualTo(404);
      assertThat(own.get("/sandbox/kafka").status()).isEqualTo(404);
    }
  }

  @Test
  void a_failure_to_switch_is_reported_as_unprocessable() {
    emulator.controlService(
        "postgres",
        ServiceSwitch.of(
            () -> {
              throw new java.io.IOException("disk gone");
            },
            () -> {},
            () -> true));

    FlowrouteClient.Response refused = client.post("/sandbox/postgres/stop", "");

    assertThat(refused.status()).isEqualTo(422);
  }
}
