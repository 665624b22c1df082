package dev.switchboard.sandbox.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sandbox.emulator.account.CallbackType;
import dev.switchboard.sandbox.emulator.messaging.InboundRequest;
import dev.switchboard.sandbox.emulator.messaging.InboundResult;
import dev.switchboard.sandbox.emulator.messaging.WebhookDelivery;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class InboundTest extends EmulatorTestBase {

  @Test
  void posts_an_inbound_sms_in_the_v2_1_json_api_form() throws InterruptedException {
    emulator.setAccountCallback(CallbackType.SMS_CALLBACK, receiver.url("/sms"));

    FlowrouteClient.Response response =
        client.post(
            "/sandbox/inbound",
            "{\"from\":\"+12065550199\",\"to\":\"12065550100\",\"body\":\"Hi there\"}");
    CallbackReceiver.Received webhook = receiver.next();

    assertThat(response.status()).isEqualTo(202);
    String id = response.json().path("id").asText();
    assertThat(id).matches("mdr2-[0-9a-f]{32}");
    assertThat(webhook.path()).isEqualTo("/sms");
    JsonNode data = webhook.body().path("data");
    assertThat(data.path("type").asText()).isEqualTo("message");
    assertThat(data.path("id").asText()).isEqualTo(id);
    JsonNode a = data.path("attributes");
    assertThat(a.path("body").asText()).isEqualTo("Hi there");
    assertThat(a.path("direction").asText()).isEqualTo("inbound");
    assertThat(a.path("from").asText()).isEqualTo("12065550199");
    assertThat(a.path("to").asText()).isEqualTo("12065550100");
    assertThat(a.path("is_mms").asBoolean()).isFalse();
    assertThat(a.path("status").asText()).isEqualTo("delivered");
    assertThat(a.path("message_type").asText()).isEqualTo("longcode");
    assertThat(a.path("message_encoding").asInt()).isZero();
    assertThat(a.path("message_callback_url").asText()).isEqualTo(receiver.url("/sms"));
    assertThat(a.path("amount_display").asText()).startsWith("$");
    assertThat(a.path("timestamp").asText()).endsWith("Z");
    awaitDelivered(id);
    assertThat(emulator.message(id).orElseThrow().direction()).isEqualTo("inbound");
  }

  @Test
  void posts_an_inbound_mms_with_included_media_the_receiver_can_fetch() throws Exception {
    emulator.setNumberCallback(OURS, CallbackType.MMS_CALLBACK, receiver.url("/mms"));

    InboundResult result =
        emulator.sendInbound(
            InboundRequest.mms(
                "+12065550199", OURS, "look", List.of("https://example.com/photo.jpg")));
    JsonNode document = receiver.next().body();

    JsonNode data = document.path("data");
    assertThat(data.path("id").asText()).isEqualTo(result.id());
    assertThat(data.path("attributes").path("is_mms").asBoolean()).isTrue();
    String mediaId =
        data.path("relationships").path("media").path("data").path(0).path("id").asText();
    JsonNode included = document.path("included").path(0);
    assertThat(included.path("id").asText()).isEqualTo(mediaId);
    assertThat(included.path("type").asText()).isEqualTo("media");
    assertThat(included.path("attributes").path("mime_type").asText()).isEqualTo("image/png");
    String url = included.path("attributes").path("url").asText();
    assertThat(url).startsWith(emulator.url() + "/sandbox/media/");
    HttpResponse<byte[]> png =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(png.statusCode()).isEqualTo(200);
    assertThat(png.body()).hasSize(included.path("attributes").path("file_size").asInt());
    assertThat(new String(png.body(), 1, 3, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("PNG");
  }

  /** Reference section 7.3: the media url is a temporary pre-signed link (lifetime UNCERTAIN). */
  @Test
  void an_inbound_media_link_expires_and_the_media_server_can_be_down() throws Exception {
    emulator.setNumberCallback(OURS, CallbackType.MMS_CALLBACK, receiver.url("/mms"));
    emulator.media().setLifetime(java.time.Duration.ofSeconds(1));
    emulator.sendInbound(
        InboundRequest.mms("+12065550199", OURS, "soon gone", List.of("https://example.com/a")));
    String url =
        receiver.next().body().path("included").path(0).path("attributes").path("url").asText();
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest get = HttpRequest.newBuilder(URI.create(url)).build();

    assertThat(url).contains("?expires=");
    FlowrouteClient.Response down = client.put("/sandbox/media-server", "{\"down\":true}");
    assertThat(down.status()).isEqualTo(200);
    assertThat(down.json().path("down").asBoolean()).isTrue();
    assertThat(down.json().path("lifetimeSeconds").asLong()).isEqualTo(1);
    assertThat(http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(503);
    emulator.media().setDown(false);
    Thread.sleep(2_100); // the link's one second, to the next whole second
    HttpResponse<String> expired = http.send(get, HttpResponse.BodyHandlers.ofString());
    assertThat(expired.statusCode()).isEqualTo(403);
    assertThat(expired.body()).contains("Request has expired");
    String unsigned = url.substring(0, url.indexOf('?'));
    assertThat(
            http.send(
                    HttpRequest.newBuilder(URI.create(unsigned)).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void posts_the_legacy_flat_form_on_request() {
    emulator.setAccountCallback(CallbackType.SMS_CALLBACK, receiver.url("/sms"));

    InboundResult result =
        emulator.sendInbound(
            InboundRequest.sms("12065550199", OURS, "old style").withFormat("legacy"));
    JsonNode body = receiver.next().body();

    assertThat(body.path("id").asText()).isEqualTo(result.id());
    assertThat(body.path("to").asText()).isEqualTo(OURS);
    assertThat(body.path("from").asText()).isEqualTo("12065550199");
    assertThat(body.path("body").asText()).isEqualTo("old style");
    assertThat(body.has("data")).isFalse();
  }

  @Test
  void re_sends_the_inbound_webhook_until_200_and_reports_it() throws InterruptedException {
    emulator.setAccountCallback(CallbackType.SMS_CALLBACK, receiver.url("/sms"));
    receiver.respondWith(500);

    InboundResult result = emulator.sendInbound(InboundRequest.sms("12065550199", OURS, "again"));
    List<CallbackReceiver.Received> attempts = receiver.take(2);

    assertThat(attempts.get(1).body()).isEqualTo(attempts.get(0).body());
    awaitDelivered(result.id());
    FlowrouteClient.Response status = client.get("/sandbox/inbound/" + result.id());
    assertThat(status.json().path("attempts").asInt()).isEqualTo(2);
    assertThat(status.json().path("delivered").asBoolean()).isTrue();
    assertThat(status.json().path("last_status").asText()).isEqualTo("200");
  }

  @Test
  void refuses_inbound_without_a_callback_or_to_a_number_not_on_the_account() {
    FlowrouteClient.Response noCallback =
        client.post(
            "/sandbox/inbound",
            "{\"from\":\"+12065550199\",\"to\":\"" + OURS + "\",\"body\":\"x\"}");
    emulator.setAccountCallback(CallbackType.SMS_CALLBACK, receiver.url("/sms"));
    FlowrouteClient.Response notOurs =
        client.post(
            "/sandbox/inbound",
            "{\"from\":\"+12065550199\",\"to\":\"+12065559999\",\"body\":\"x\"}");

    assertFlowrouteError(noCallback, 409);
    assertThat(noCallback.error().path("detail").asText()).contains("sms_callback");
    assertFlowrouteError(notOurs, 422);
  }

  @Test
  void masks_the_webhook_secret_in_the_answer() {
    emulator.setAccountCallback(
        CallbackType.SMS_CALLBACK, receiver.url("/webhooks/flowroute/s3cret/sms"));

    FlowrouteClient.Response response =
        client.post(
            "/sandbox/inbound",
            "{\"from\":\"+12065550199\",\"to\":\"" + OURS + "\",\"body\":\"x\"}");

    assertThat(response.json().path("callback_url").asText())
        .endsWith("/webhooks/flowroute/***/sms")
        .doesNotContain("s3cret");
    assertThat(receiver.next().path()).isEqualTo("/webhooks/flowroute/s3cret/sms");
  }

  @Test
  void an_account_on_v2_2_posts_e164_numbers_with_the_plus_and_v2_2_links() {
    emulator.setAccountCallback(CallbackType.MMS_CALLBACK, receiver.url("/mms"));
    emulator.setMessagingApiVersion("v2.2");
    try {
      client.post(
          "/sandbox/inbound",
          "{\"from\":\"+12065550199\",\"to\":\"12065550100\",\"body\":\"pic\","
              + "\"media_urls\":[\"https://example.com/a.png\"]}");
      JsonNode webhook = receiver.next().body();

      JsonNode a = webhook.path("data").path("attributes");
      assertThat(a.path("from").asText()).isEqualTo("+12065550199");
      assertThat(a.path("to").asText()).isEqualTo("+12065550100");
      assertThat(webhook.path("included").path(0).path("links").path("self").asText())
          .contains("/v2.2/media/");
      assertThat(
              client
                  .get("/v2.1/messages/sms_callback")
                  .json()
                  .at("/data/attributes/api_version")
                  .asText())
          .isEqualTo("v2.2");
    } finally {
      emulator.setMessagingApiVersion("v2.1");
    }
  }

  @Test
  void delivers_texts_from_short_codes_other_countries_and_sender_ids() {
    emulator.setAccountCallback(CallbackType.SMS_CALLBACK, receiver.url("/sms"));

    for (String[] sender :
        new String[][] {{"12345", "12345"}, {"+447700900123", "447700900123"}, {"ACME", "ACME"}}) {
      FlowrouteClient.Response response =
          client.post(
              "/sandbox/inbound",
              "{\"from\":\"" + sender[0] + "\",\"to\":\"12065550100\",\"body\":\"code 1234\"}");
      assertThat(response.status()).isEqualTo(202);
      assertThat(receiver.next().body().at("/data/attributes/from").asText()).isEqualTo(sender[1]);
    }
    assertThat(
            client
                .post(
                    "/sandbox/inbound",
                    "{\"from\":\"not a sender!\",\"to\":\"12065550100\",\"body\":\"x\"}")
                .status())
        .isEqualTo(422);
  }

  private static void awaitDelivered(String id) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      if (emulator.inboundDelivery(id).map(WebhookDelivery::delivered).orElse(false)) {
        return;
      }
      Thread.sleep(20);
    }
    assertThat(emulator.inboundDelivery(id).orElseThrow().delivered()).isTrue();
  }
}
