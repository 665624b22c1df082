package dev.switchboard.sandbox.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sandbox.emulator.account.CallbackType;
import dev.switchboard.sandbox.emulator.messaging.InboundRequest;
import dev.switchboard.sandbox.emulator.messaging.InboundResult;
import org.junit.jupiter.api.Test;

class SandboxEndpointsTest extends EmulatorTestBase {

  @Test
  void logs_api_requests_with_authorization_redacted_and_webhook_secrets_masked() {
    client.put(
        "/v2.1/messages/sms_callback",
        "{\"callback_url\":\"http://127.0.0.1:8080/webhooks/flowroute/top-secret/sms\"}");
    client.get("/sandbox/numbers");

    FlowrouteClient.Response log = client.get("/sandbox/requests");

    assertThat(log.status()).isEqualTo(200);
    assertThat(log.json()).hasSize(1);
    JsonNode entry = log.json().path(0);
    assertThat(entry.path("method").asText()).isEqualTo("PUT");
    assertThat(entry.path("path").asText()).isEqualTo("/v2.1/messages/sms_callback");
    assertThat(entry.path("headers").path("authorization").asText()).isEqualTo("[redacted]");
    assertThat(entry.path("body").path("callback_url").asText())
        .isEqualTo("http://127.0.0.1:8080/webhooks/flowroute/***/sms");
    assertThat(entry.path("received_at").asText()).isNotBlank();
    assertThat(log.raw().body()).asString().doesNotContain("top-secret", "sandbox-secret-key");
    assertThat(emulator.requests()).hasSize(1);
  }

  @Test
  void clears_the_request_log() {
    client.get("/v2.1/messages?start_date=2020-01-01");

    assertThat(client.delete("/sandbox/requests").status()).isEqualTo(204);

    assertThat(client.get("/sandbox/requests").json()).isEmpty();
  }

  @Test
  void reads_and_sets_faults() {
    FlowrouteClient.Response set =
        client.post(
            "/sandbox/faults",
            "{\"send_failures\":{\"count\":1,\"status\":500},\"latency_ms\":5,"
                + "\"drop_callbacks\":true,\"sms_per_second\":3,\"mms_per_second\":2}");

    assertThat(set.status()).isEqualTo(200);
    JsonNode faults = client.get("/sandbox/faults").json();
    assertThat(faults.path("send_failures").path("count").asInt()).isEqualTo(1);
    assertThat(faults.path("send_failures").path("status").asInt()).isEqualTo(500);
    assertThat(faults.path("latency_ms").asInt()).isEqualTo(5);
    assertThat(faults.path("drop_callbacks").asBoolean()).isTrue();
    assertThat(faults.path("sms_per_second").asDouble()).isEqualTo(3.0);
    assertThat(client.sendSms(OURS, PHONE, "x").status()).isEqualTo(500);
  }

  @Test
  void drops_callbacks_when_asked() throws InterruptedException {
    emulator.setAccountCallback(CallbackType.SMS_CALLBACK, receiver.url("/sms"));
    emulator.faults().setDropCallbacks(true);

    InboundResult result = emulator.sendInbound(InboundRequest.sms(PHONE, OURS, "lost"));

    receiver.assertQuietFor(java.time.Duration.ofMillis(200));
    assertThat(emulator.inboundDelivery(result.id()).orElseThrow().lastStatus())
        .isEqualTo("dropped");
  }

  @Test
  void lists_the_account_numbers_and_an_index() {
    JsonNode numbers = client.get("/sandbox/numbers").json().path("numbers");

    assertThat(numbers).hasSize(4);
    assertThat(numbers.path(0).path("number").asText()).isEqualTo("12065550100");
    assertThat(numbers.path(0).path("e164").asText()).isEqualTo("+12065550100");
    assertThat(numbers.path(3).path("messaging_enabled").asBoolean()).isFalse();
    assertThat(client.get("/sandbox").json().path("sandbox").has("inbound")).isTrue();
  }
}
