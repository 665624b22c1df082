package dev.switchboard.sandbox.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One fast emulator per test class (short receipt delays and retries, no rate limit). */
abstract class EmulatorTestBase {

  static final String OURS = "12065550100";
  static final String PHONE = "12065550199";
  static final Duration PROVISIONING = Duration.ofMillis(150);

  static FlowrouteEmulator emulator;
  static FlowrouteClient client;
  static CallbackReceiver receiver;

  @BeforeAll
  static void startEmulator() {
    emulator =
        FlowrouteEmulator.start(
            EmulatorConfig.defaults()
                .withPort(0)
                .withRates(0, 0)
                .withDlrDelay(Duration.ofMillis(50))
                .withWebhookRetry(4, Duration.ofMillis(100))
                .withMessagingProvisioningDelay(PROVISIONING));
    client = FlowrouteClient.of(emulator);
    receiver = new CallbackReceiver();
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
    receiver.close();
  }

  @BeforeEach
  void resetEmulator() throws InterruptedException {
    emulator.reset();
    emulator.faults().setRates(0, 0);
    // let webhooks of the previous test drain before this one listens
    Thread.sleep(20);
    receiver.clear();
  }

  /** Waits until the emulator has finished provisioning messaging on {@code number}. */
  static void awaitMessaging(String number) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!emulator.number(number).orElseThrow().messagingEnabled()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("messaging was never provisioned on " + number);
      }
      Thread.sleep(20);
    }
  }

  static void assertFlowrouteError(FlowrouteClient.Response response, int status) {
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/vnd.api+json");
    assertThat(response.json().path("errors")).hasSize(1);
    assertThat(response.error().path("id").asText())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(response.error().path("status").isInt()).isTrue();
    assertThat(response.error().path("status").asInt()).isEqualTo(status);
    assertThat(response.error().path("title").asText()).isNotBlank();
    assertThat(response.error().path("detail").asText()).isNotBlank();
  }

  /**
   * 422 whose detail names the refused attribute: {@code {"data":{"attributes":{field:[...]}}}}.
   */
  static void assertFieldError(FlowrouteClient.Response response, String field) {
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.header("Content-Type")).startsWith("application/vnd.api+json");
    assertThat(response.error().path("status").asInt()).isEqualTo(422);
    assertThat(response.error().path("detail").path("data").path("attributes").path(field))
        .isNotEmpty();
    assertThat(
            response
                .error()
                .path("detail")
                .path("data")
                .path("attributes")
                .path(field)
                .get(0)
                .asText())
        .isNotBlank();
  }
}
