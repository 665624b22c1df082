package dev.switchboard.sandbox.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sandbox.emulator.account.CallbackType;
import org.junit.jupiter.api.Test;

class CallbackSettingsTest extends EmulatorTestBase {

  @Test
  void sets_an_account_callback_with_the_flat_body() {
    FlowrouteClient.Response put =
        client.put("/v2.1/messages/sms_callback", "{\"callback_url\":\"https://example.com/sms\"}");

    assertThat(put.status()).isEqualTo(204);
    assertThat(emulator.accountCallback(CallbackType.SMS_CALLBACK))
        .contains("https://example.com/sms");
    JsonNode data = client.get("/v2.1/messages/sms_callback").json().path("data");
    assertThat(data.path("type").asText()).isEqualTo("callback");
    assertThat(data.path("attributes").path("callback_url").asText())
        .isEqualTo("https://example.com/sms");
    assertThat(data.path("attributes").path("api_version").asText()).isEqualTo("v2.1");
    assertThat(data.path("attributes").path("product").asText()).isEqualTo("sms");
  }

  @Test
  void sets_an_account_callback_with_the_json_api_envelope_and_the_dlr_alias() {
    FlowrouteClient.Response put =
        client.put(
            "/v2.1/messages/dlr_callback",
            "{\"data\":{\"attributes\":{\"callback_url\":\"https://example.com/dlr\"}}}");

    assertThat(put.status()).isEqualTo(204);
    assertThat(emulator.accountCallback(CallbackType.SMS_DLR_CALLBACK))
        .contains("https://example.com/dlr");
    assertThat(
            client
                .get("/v2.1/messages/sms_dlr_callback")
                .json()
                .path("data")
                .path("attributes")
                .path("callback_url")
                .asText())
        .isEqualTo("https://example.com/dlr");
  }

  @Test
  void refuses_a_missing_callback_url_and_unknown_callback_types() {
    assertFlowrouteError(client.put("/v2.1/messages/sms_callback", "{}"), 422);
    assertFlowrouteError(
        client.put("/v2.1/messages/voice_callback", "{\"callback_url\":\"https://x.example\"}"),
        404);
  }

  @Test
  void sets_number_level_callbacks_only_for_numbers_on_the_account() {
    FlowrouteClient.Response ours =
        client.post(
            "/v2/numbers/" + OURS + "/relationships/sms_callback",
            "{\"data\":{\"attributes\":{\"callback_url\":\"https://example.com/n\"}}}");
    FlowrouteClient.Response notOurs =
        client.post(
            "/v2/numbers/12065559999/relationships/sms_callback",
            "{\"data\":{\"attributes\":{\"callback_url\":\"https://example.com/n\"}}}");

    assertThat(ours.status()).isEqualTo(204);
    assertThat(emulator.numberCallback(OURS, CallbackType.SMS_CALLBACK))
        .contains("https://example.com/n");
    assertFlowrouteError(notOurs, 404);
  }

  @Test
  void refuses_a_flat_number_level_callback_with_a_field_error_on_callback_url() {
    FlowrouteClient.Response flat =
        client.post(
            "/v2/numbers/" + OURS + "/relationships/sms_dlr_callback",
            "{\"callback_url\":\"https://example.com/n\"}");

    assertFieldError(flat, "callback_url");
    assertThat(emulator.numberCallback(OURS, CallbackType.SMS_DLR_CALLBACK)).isEmpty();
  }
}
