package dev.switchboard.sandbox.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageLookupTest extends EmulatorTestBase {

  private static String send(String body) {
    return client.sendSms(OURS, PHONE, body).json().path("data").path("id").asText();
  }

  @Test
  void returns_the_mdr_of_a_sent_message() {
    String id = send("look me up");

    FlowrouteClient.Response response = client.get("/v2.1/messages/" + id);

    assertThat(response.status()).isEqualTo(200);
    JsonNode data = response.json().path("data");
    assertThat(data.path("type").asText()).isEqualTo("message");
    assertThat(data.path("id").asText()).isEqualTo(id);
    JsonNode a = data.path("attributes");
    assertThat(a.path("amount_display").asText()).isEqualTo("$0.0040");
    assertThat(a.path("amount_nanodollars").asLong()).isEqualTo(4_000_000L);
    assertThat(a.path("body").asText()).isEqualTo("look me up");
    assertThat(a.path("direction").asText()).isEqualTo("outbound");
    assertThat(a.path("from").asText()).isEqualTo(OURS);
    assertThat(a.path("to").asText()).isEqualTo(PHONE);
    assertThat(a.path("is_mms").isBoolean()).isTrue();
    assertThat(a.path("message_encoding").asInt()).isZero();
    assertThat(a.path("message_type").asText()).isEqualTo("longcode");
    assertThat(a.path("timestamp").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
    assertThat(a.path("delivery_receipts").isArray()).isTrue();
  }

  @Test
  void answers_404_for_an_unknown_message() {
    assertFlowrouteError(client.get("/v2.1/messages/mdr2-00000000000000000000000000000000"), 404);
  }

  @Test
  void lists_messages_newest_first_with_next_links_until_the_last_page() {
    List<String> sent = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      sent.add(send("m" + i));
    }

    List<String> seen = new ArrayList<>();
    String next = "/v2.1/messages?start_date=2020-01-01&limit=2";
    int pages = 0;
    while (next != null) {
      FlowrouteClient.Response page = client.get(next);
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.json().path("links").path("self").asText()).startsWith(emulator.url());
      page.json().path("data").forEach(m -> seen.add(m.path("id").asText()));
      JsonNode link = page.json().path("links").path("next");
      next = link.isMissingNode() ? null : link.asText().substring(emulator.url().length());
      pages++;
    }

    assertThat(pages).isEqualTo(3);
    java.util.Collections.reverse(sent);
    assertThat(seen).containsExactlyElementsOf(sent);
  }

  @Test
  void filters_by_end_date() {
    send("today");

    FlowrouteClient.Response response =
        client.get("/v2.1/messages?start_date=2020-01-01&end_date=2020-12-31T23:59:59Z");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("data")).isEmpty();
    assertThat(response.json().path("links").has("next")).isFalse();
  }

  @Test
  void requires_a_valid_start_date_and_a_positive_limit() {
    assertFlowrouteError(client.get("/v2.1/messages"), 422);
    assertFlowrouteError(client.get("/v2.1/messages?start_date=yesterday"), 422);
    assertFlowrouteError(client.get("/v2.1/messages?start_date=2020-01-01&limit=0"), 422);
  }

  @Test
  void a_foreign_text_is_listed_as_outbound_in_its_window_with_its_status_and_no_webhook()
      throws InterruptedException {
    emulator.setAccountCallback(
        dev.switchboard.sandbox.emulator.account.CallbackType.SMS_DLR_CALLBACK,
        receiver.url("/dlr"));
    FlowrouteClient.Response injected =
        client.post(
            "/sandbox/messages/foreign",
            """
            {"from":"%s","to":"%s","body":"sent from the portal","status":"undelivered",
             "status_code":1007,"timestamp":"2026-03-01T10:00:00Z"}
            """
                .formatted(OURS, PHONE));
    assertThat(injected.status()).isEqualTo(201);
    String id = injected.json().path("id").asText();

    JsonNode inWindow =
        client
            .get("/v2.1/messages?start_date=2026-03-01&end_date=2026-03-01T10:00:01Z")
            .json()
            .path("data");
    JsonNode before =
        client
            .get("/v2.1/messages?start_date=2026-02-01&end_date=2026-03-01T09:59:59Z")
            .json()
            .path("data");

    assertThat(inWindow).hasSize(1);
    JsonNode a = inWindow.get(0).path("attributes");
    assertThat(inWindow.get(0).path("id").asText()).isEqualTo(id).startsWith("mdr2-");
    assertThat(a.path("direction").asText()).isEqualTo("outbound");
    assertThat(a.path("status").asText()).isEqualTo("undelivered");
    assertThat(a.path("delivery_receipts").get(0).path("status_code").asInt()).isEqualTo(1007);
    assertThat(a.path("timestamp").asText()).startsWith("2026-03-01T10:00:00");
    assertThat(before).isEmpty();
    receiver.assertQuietFor(java.time.Duration.ofMillis(300));
  }

  @Test
  void a_foreign_text_needs_numbers_as_flowroute_writes_them() {
    assertFlowrouteError(
        client.post(
            "/sandbox/messages/foreign", "{\"from\":\"nope\",\"to\":\"%s\"}".formatted(PHONE)),
        422);
  }

  @Test
  void a_withheld_receipt_still_ends_the_record_but_is_never_posted() throws InterruptedException {
    emulator.setAccountCallback(
        dev.switchboard.sandbox.emulator.account.CallbackType.SMS_DLR_CALLBACK,
        receiver.url("/dlr"));
    assertThat(
            client
                .post("/sandbox/faults", "{\"withheld_receipts_to\":[\"+%s\"]}".formatted(PHONE))
                .json()
                .path("withheld_receipts_to"))
        .extracting(JsonNode::asText)
        .containsExactly(PHONE);

    String id = send("never confirmed");
    for (int i = 0; i < 100 && !"delivered".equals(status(id)); i++) {
      Thread.sleep(20);
    }

    assertThat(status(id)).isEqualTo("delivered");
    receiver.assertQuietFor(java.time.Duration.ofMillis(300));
  }

  private static String status(String id) {
    return client
        .get("/v2.1/messages/" + id)
        .json()
        .path("data")
        .path("attributes")
        .path("status")
        .asText();
  }
}
