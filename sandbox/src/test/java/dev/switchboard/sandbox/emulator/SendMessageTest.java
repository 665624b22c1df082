package dev.switchboard.sandbox.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.switchboard.sandbox.emulator.messaging.MessageRecord;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendMessageTest extends EmulatorTestBase {

  private static final String MDR_ID = "mdr2-[0-9a-f]{32}";

  @Test
  void accepts_a_compact_sms_with_202_and_an_mdr2_id() {
    FlowrouteClient.Response response = client.sendSms(OURS, PHONE, "Hello");

    assertThat(response.status()).isEqualTo(202);
    String id = response.json().path("data").path("id").asText();
    assertThat(id).matches(MDR_ID);
    assertThat(response.json().path("data").path("type").asText()).isEqualTo("message");
    assertThat(response.json().path("data").path("links").path("self").asText())
        .isEqualTo(emulator.url() + "/v2.1/messages/" + id);
    MessageRecord stored = emulator.message(id).orElseThrow();
    assertThat(stored.direction()).isEqualTo("outbound");
    assertThat(stored.amountNanodollars()).isEqualTo(4_000_000L);
    assertThat(stored.amountDisplay()).isEqualTo("$0.0040");
    assertThat(emulator.acceptedSends()).isEqualTo(1);
  }

  @Test
  void accepts_the_json_api_envelope_with_a_charset() {
    FlowrouteClient.Response response =
        client.post(
            "/v2.1/messages",
            "{\"data\":{\"type\":\"message\",\"attributes\":{\"to\":\""
                + PHONE
                + "\",\"from\":\""
                + OURS
                + "\",\"body\":\"Hi ☃\"}}}",
            "application/vnd.api+json; charset=utf-8");

    assertThat(response.status()).isEqualTo(202);
    MessageRecord stored =
        emulator.message(response.json().path("data").path("id").asText()).orElseThrow();
    assertThat(stored.encoding()).isEqualTo(8);
    assertThat(stored.body()).isEqualTo("Hi ☃");
  }

  @Test
  void prices_lengthytexts_per_segment() {
    String text = "a".repeat(300);

    FlowrouteClient.Response response = client.sendSms(OURS, PHONE, text);

    MessageRecord stored =
        emulator.message(response.json().path("data").path("id").asText()).orElseThrow();
    assertThat(stored.segments()).isEqualTo(3);
    assertThat(stored.amountNanodollars()).isEqualTo(12_000_000L);
  }

  @Test
  void rejects_numbers_that_are_not_eleven_digits_with_422() {
    FlowrouteClient.Response plus = client.sendSms(OURS, "+" + PHONE, "hi");
    FlowrouteClient.Response shortNumber = client.sendSms("2065550100", PHONE, "hi");

    assertFlowrouteError(plus, 422);
    assertThat(plus.error().path("detail").asText()).contains("to", "11 digits");
    assertFlowrouteError(shortNumber, 422);
    assertThat(shortNumber.error().path("detail").asText()).contains("from");
  }

  @Test
  void refuses_a_from_number_not_on_the_account_or_without_messaging_with_403() {
    FlowrouteClient.Response unowned = client.sendSms("12065559999", PHONE, "hi");
    FlowrouteClient.Response disabled = client.sendSms("12065550103", PHONE, "hi");

    assertFlowrouteError(unowned, 403);
    assertThat(unowned.error().path("title").asText()).isEqualTo("ActionNotAuthorizedError");
    assertThat(unowned.error().path("detail").asText()).contains("not on your account");
    assertFlowrouteError(disabled, 403);
    assertThat(disabled.error().path("detail").asText()).contains("messaging");
    assertThat(emulator.acceptedSends()).isZero();
  }

  @Test
  void requires_a_body_for_sms_but_no_length_cap_which_flowroute_does_not_document() {
    FlowrouteClient.Response missing =
        client.post("/v2.1/messages", "{\"to\":\"" + PHONE + "\",\"from\":\"" + OURS + "\"}");
    FlowrouteClient.Response lengthy = client.sendSms(OURS, PHONE, "x".repeat(2000));

    assertFlowrouteError(missing, 422);
    assertThat(missing.error().path("detail").asText()).contains("body");
    assertThat(lengthy.status()).isEqualTo(202);
    // 2000 ASCII characters in 140-character segments.
    assertThat(emulator.message(lengthy.json().at("/data/id").asText()).orElseThrow().segments())
        .isEqualTo(15);
  }

  @Test
  void media_urls_make_an_mms_priced_as_one() {
    FlowrouteClient.Response response =
        client.post(
            "/v2.1/messages",
            "{\"to\":\""
                + PHONE
                + "\",\"from\":\""
                + OURS
                + "\",\"media_urls\":[\"https://example.com/cat.gif\"],\"is_mms\":\"true\"}");

    assertThat(response.status()).isEqualTo(202);
    MessageRecord stored =
        emulator.message(response.json().path("data").path("id").asText()).orElseThrow();
    assertThat(stored.mms()).isTrue();
    assertThat(stored.amountNanodollars()).isEqualTo(19_500_000L);
    assertThat(stored.mediaIds()).hasSize(1);
  }

  @Test
  void an_mms_needs_a_body_or_media_but_any_number_of_media_urls() {
    FlowrouteClient.Response empty =
        client.post(
            "/v2.1/messages",
            "{\"to\":\"" + PHONE + "\",\"from\":\"" + OURS + "\",\"is_mms\":true}");
    StringBuilder eleven = new StringBuilder();
    for (int i = 0; i < 11; i++) {
      eleven.append(i == 0 ? "" : ",").append("\"https://example.com/").append(i).append(".png\"");
    }
    FlowrouteClient.Response eleventh =
        client.post(
            "/v2.1/messages",
            "{\"to\":\"" + PHONE + "\",\"from\":\"" + OURS + "\",\"media_urls\":[" + eleven + "]}");

    assertFlowrouteError(empty, 422);
    assertThat(eleventh.status()).isEqualTo(202);
  }

  @Test
  void fetches_local_media_and_rejects_them_over_767840_bytes() throws Exception {
    HttpServer media =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
    media.createContext(
        "/big.png",
        exchange -> {
          byte[] big = new byte[800_000];
          exchange.sendResponseHeaders(200, big.length);
          exchange.getResponseBody().write(big);
          exchange.close();
        });
    media.createContext(
        "/small.png",
        exchange -> {
          byte[] small = new byte[1_000];
          exchange.sendResponseHeaders(200, small.length);
          exchange.getResponseBody().write(small);
          exchange.close();
        });
    media.start();
    try {
      String base = "http://127.0.0.1:" + media.getAddress().getPort();
      String big = base + "/big.png";

      FlowrouteClient.Response tooBig = mms(big);
      FlowrouteClient.Response fine = mms(base + "/small.png");

      assertFlowrouteError(tooBig, 422);
      assertThat(tooBig.error().path("detail").asText())
          .isEqualTo("Error fetching media: File at \"" + big + "\" is over 767840 byte limit.");
      assertThat(fine.status()).isEqualTo(202);
    } finally {
      media.stop(0);
    }
  }

  private static FlowrouteClient.Response mms(String url) {
    return client.post(
        "/v2.1/messages",
        "{\"to\":\""
            + PHONE
            + "\",\"from\":\""
            + OURS
            + "\",\"body\":\"look\",\"media_urls\":[\""
            + url
            + "\"]}");
  }

  @Test
  void answers_429_with_retry_after_above_the_sms_and_mms_rates() throws Exception {
    emulator.faults().setRates(5, 1);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    List<java.util.concurrent.Future<FlowrouteClient.Response>> burst = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String text = "burst " + i;
      burst.add(pool.submit(() -> client.sendSms(OURS, PHONE, text)));
    }
    List<FlowrouteClient.Response> responses = new java.util.ArrayList<>();
    for (java.util.concurrent.Future<FlowrouteClient.Response> f : burst) {
      responses.add(f.get());
    }
    pool.shutdown();

    assertThat(responses).filteredOn(r -> r.status() == 202).hasSize(5);
    FlowrouteClient.Response limited =
        responses.stream().filter(r -> r.status() == 429).findFirst().orElseThrow();
    assertFlowrouteError(limited, 429);
    assertThat(limited.header("Retry-After")).isEqualTo("1");
    assertThat(emulator.rateLimitedSends()).isEqualTo(3);
    assertThat(mms("https://example.com/1.png").status()).isEqualTo(202);
    assertFlowrouteError(mms("https://example.com/2.png"), 429);
  }

  @Test
  void fails_the_next_sends_on_demand() {
    emulator.faults().failNextSends(2, 503);

    assertFlowrouteError(client.sendSms(OURS, PHONE, "one"), 503);
    assertFlowrouteError(client.sendSms(OURS, PHONE, "two"), 503);
    assertThat(client.sendSms(OURS, PHONE, "three").status()).isEqualTo(202);
  }

  @Test
  void a_planned_failure_can_quote_the_requests_receipt_callback() {
    emulator.faults().failNextSends(1, 422, "dlr_callback {dlr_callback} is not reachable");

    FlowrouteClient.Response refused =
        client.post(
            "/v2.1/messages",
            "{\"from\":\""
                + OURS
                + "\",\"to\":\""
                + PHONE
                + "\",\"body\":\"x\",\"dlr_callback\":\"https://us.example/hooks/s3cret/dlr\"}");

    assertFlowrouteError(refused, 422);
    assertThat(refused.json().path("errors").path(0).path("detail").asText())
        .isEqualTo("dlr_callback https://us.example/hooks/s3cret/dlr is not reachable");
    assertThat(client.sendSms(OURS, PHONE, "then").status()).isEqualTo(202);
  }
}
