package dev.switchboard.sandbox.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sandbox.emulator.account.CallbackType;
import dev.switchboard.sandbox.emulator.messaging.InboundRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Flowroute's legacy Messages v2 beside v2.1 on the same account (reference §8.1): flat SMS sends
 * answered 200 with {@code mdr1-} ids, v2-shaped records, no media, no receipts.
 */
class MessagesV2Test extends EmulatorTestBase {

  private static FlowrouteClient.Response sendV2(String json) {
    return client.post("/v2/messages", json, "application/json; charset=utf-8");
  }

  @Test
  void sends_an_sms_with_a_body_and_answers_200_with_an_mdr1_id() {
    FlowrouteClient.Response sent =
        sendV2("{\"to\":\"" + PHONE + "\",\"from\":\"" + OURS + "\",\"body\":\"Hello v2\"}");

    assertThat(sent.status()).isEqualTo(200);
    String id = sent.json().path("data").path("id").asText();
    assertThat(id).matches("mdr1-[0-9a-f]{32}");
    assertThat(sent.json().path("data").has("links")).isFalse();
    assertThat(emulator.message(id).orElseThrow().body()).isEqualTo("Hello v2");
    assertThat(emulator.stats().acceptedOf(OURS, PHONE, "Hello v2")).isEqualTo(1);
  }

  @Test
  void takes_the_v2_sdks_content_field_too() {
    FlowrouteClient.Response sent =
        sendV2("{\"to\":\"" + PHONE + "\",\"from\":\"" + OURS + "\",\"content\":\"SDK text\"}");

    assertThat(sent.status()).isEqualTo(200);
    assertThat(emulator.message(sent.json().path("data").path("id").asText()).orElseThrow().body())
        .isEqualTo("SDK text");
  }

  @Test
  void refuses_media_an_envelope_and_a_foreign_sender() {
    assertFlowrouteError(
        sendV2(
            "{\"to\":\""
                + PHONE
                + "\",\"from\":\""
                + OURS
                + "\",\"body\":\"x\",\"media_urls\":[\"https://example.com/a.png\"]}"),
        422);
    assertFlowrouteError(
        sendV2("{\"data\":{\"type\":\"message\",\"attributes\":{\"to\":\"" + PHONE + "\"}}}"), 422);
    assertFlowrouteError(
        sendV2("{\"to\":\"" + PHONE + "\",\"from\":\"12065559999\",\"body\":\"x\"}"), 403);
    assertThat(emulator.messages()).isEmpty();
  }

  @Test
  void looks_up_and_lists_records_in_the_v2_shape() {
    String id =
        sendV2("{\"to\":\"" + PHONE + "\",\"from\":\"" + OURS + "\",\"body\":\"Listed\"}")
            .json()
            .path("data")
            .path("id")
            .asText();

    JsonNode record = client.get("/v2/messages/" + id).json().path("data");
    JsonNode attributes = record.path("attributes");
    assertThat(record.path("id").asText()).isEqualTo(id);
    assertThat(attributes.path("body").asText()).isEqualTo("Listed");
    assertThat(attributes.path("direction").asText()).isEqualTo("outbound");
    assertThat(attributes.path("has_mms").asBoolean(true)).isFalse();
    assertThat(attributes.path("type").asText()).isEqualTo("messages");
    assertThat(attributes.path("message_type").asText()).isEqualTo("long-code");
    assertThat(attributes.path("timestamp").asText()).matches(".*\\.\\d{6}\\+00:00");
    assertThat(attributes.has("delivery_receipts")).isFalse();
    assertThat(client.get("/v2/messages/mdr1-00000000000000000000000000000000").status())
        .isEqualTo(404);

    JsonNode listing = client.get("/v2/messages?start_date=2020-01-01&limit=1").json();
    assertThat(listing.path("data").get(0).path("id").asText()).isEqualTo(id);
    assertThat(listing.path("links").path("self").asText())
        .startsWith(emulator.url() + "/v2/messages?start_date=");
  }

  @Test
  void posts_no_receipts_for_a_v2_send_nor_to_an_account_on_v2() throws InterruptedException {
    emulator.setAccountCallback(CallbackType.SMS_DLR_CALLBACK, receiver.url("/dlr"));
    sendV2("{\"to\":\"" + PHONE + "\",\"from\":\"" + OURS + "\",\"body\":\"no receipts\"}");
    receiver.assertQuietFor(Duration.ofMillis(300));

    emulator.setMessagingApiVersion("v2");
    client.sendSms(OURS, PHONE, "a v2.1 send on a v2 account");
    receiver.assertQuietFor(Duration.ofMillis(300));
  }

  @Test
  void the_account_version_is_switched_over_http_and_decides_the_inbound_form() {
    emulator.setAccountCallback(CallbackType.SMS_CALLBACK, receiver.url("/sms"));
    FlowrouteClient.Response set = client.put("/sandbox/messaging-api", "{\"version\":\"v2\"}");
    assertThat(set.status()).isEqualTo(200);
    assertThat(client.get("/sandbox/messaging-api").json().path("version").asText())
        .isEqualTo("v2");
    assertThat(client.put("/sandbox/messaging-api", "{\"version\":\"v3\"}").status())
        .isEqualTo(422);

    emulator.sendInbound(InboundRequest.sms("12065550199", OURS, "flat"));

    JsonNode flat = receiver.next().body();
    assertThat(flat.path("body").asText()).isEqualTo("flat");
    assertThat(flat.has("data")).isFalse();
  }
}
