package dev.switchboard.api.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.api.support.Events;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.SandboxKafka;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import dev.switchboard.sandbox.emulator.messaging.InboundRequest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class InboundMessagesTest {

  static final String INBOUND_TOPIC = "switchboard.messages.inbound.v1";
  static final String HOOKS = "/webhooks/flowroute/" + SandboxServices.WEBHOOK_SECRET;

  FlowrouteEmulator emulator;
  SandboxKafka kafka;
  final ObjectMapper json = new ObjectMapper();

  static String aPhone() {
    return "+1425555" + ThreadLocalRandom.current().nextInt(2000, 9000);
  }

  List<Events.Event> inboundEvents(String body, int count) {
    return Events.await(
        kafka.bootstrapServers(),
        INBOUND_TOPIC,
        e -> e.value().contains(body),
        count,
        Duration.ofSeconds(20));
  }

  JsonNode read(String value) throws Exception {
    return json.readTree(value);
  }

  @Test
  void a_text_to_our_number_arrives_as_one_cloudevent_keyed_by_our_number() throws Exception {
    String phone = aPhone();
    String body = "hi there " + UUID.randomUUID();
    emulator.sendInbound(InboundRequest.sms(phone, "+12065550101", body));

    List<Events.Event> events = inboundEvents(body, 1);
    assertThat(events).hasSize(1);
    Events.Event event = events.get(0);
    assertThat(event.key()).isEqualTo("+12065550101");
    assertThat(event.header("ce_type")).isEqualTo("dev.switchboard.message.received");
    assertThat(event.header("ce_specversion")).isEqualTo("1.0");
    assertThat(event.header("ce_source")).isNotBlank();
    assertThat(event.header("ce_time")).isNotBlank();
    JsonNode data = read(event.value());
    assertThat(data.path("from").asText()).isEqualTo(phone);
    assertThat(data.path("to").asText()).isEqualTo("+12065550101");
    assertThat(data.path("direction").asText()).isEqualTo("INBOUND");
    assertThat(data.path("flowrouteId").asText()).startsWith("mdr2-");
    assertThat(event.header("ce_subject")).isEqualTo(data.path("id").asText());

    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .get("/v1/messages/" + data.path("id").asText())
        .then()
        .statusCode(200)
        .body("status", equalTo("RECEIVED"))
        .body("body", equalTo(body));
  }

  @Test
  void a_picture_message_arrives_with_its_media() throws Exception {
    String body = "look " + UUID.randomUUID();
    emulator.sendInbound(
        InboundRequest.mms(aPhone(), "+12065550102", body, List.of("https://example.com/cat.png")));

    List<Events.Event> events = inboundEvents(body, 1);
    assertThat(events).hasSize(1);
    JsonNode data = read(events.get(0).value());
    assertThat(data.path("mms").asBoolean()).isTrue();
    assertThat(data.path("media")).hasSize(1);
    assertThat(data.path("media").get(0).path("url").asText()).startsWith("http");
    assertThat(data.path("media").get(0).path("mimeType").asText()).isEqualTo("image/png");
  }

  /** Flowroute delivers texts from short codes, other countries and sender IDs (issue 15). */
  @Test
  void texts_from_a_short_code_another_country_and_a_sender_id_reach_kafka() throws Exception {
    for (String[] sender :
        new String[][] {{"12345", "12345"}, {"+447700900123", "+447700900123"}, {"ACME", "ACME"}}) {
      String body = "your code " + UUID.randomUUID();
      emulator.sendInbound(InboundRequest.sms(sender[0], "+12065550101", body));

      List<Events.Event> events = inboundEvents(body, 1);
      assertThat(events).as("event of a text from " + sender[0]).hasSize(1);
      JsonNode data = read(events.get(0).value());
      assertThat(data.path("from").asText()).isEqualTo(sender[1]);
      assertThat(events.get(0).key()).isEqualTo("+12065550101");
    }
  }

  @Test
  void a_legacy_flat_webhook_is_understood_too() {
    String body = "legacy " + UUID.randomUUID();
    emulator.sendInbound(InboundRequest.sms(aPhone(), "+12065550101", body).withFormat("legacy"));
    assertThat(inboundEvents(body, 1)).hasSize(1);
  }

  @Test
  void the_same_webhook_delivered_twice_is_stored_and_published_once() {
    String mdr = "mdr2-" + UUID.randomUUID().toString().replace("-", "");
    String body = "twice " + UUID.randomUUID();
    String payload =
        """
        {"data":{"type":"message","id":"%s","attributes":{
          "amount_display":"$0.0070","amount_nanodollars":"7000000","body":"%s",
          "direction":"inbound","from":"%s","is_mms":false,"message_encoding":0,
          "message_type":"longcode","status":"delivered",
          "timestamp":"2024-10-19T01:21:21.980000Z","to":"12065550100"}}}
        """
            .formatted(mdr, body, aPhone().substring(1));
    for (int i = 0; i < 2; i++) {
      given()
          .contentType(ContentType.JSON)
          .body(payload)
          .post(HOOKS + "/sms")
          .then()
          .statusCode(200);
    }
    // One event is awaited; the consumer then reads on a while, so a duplicate would be seen.
    assertThat(inboundEvents(body, 1)).hasSize(1);
    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .queryParam("number", "+12065550100")
        .queryParam("direction", "inbound")
        .queryParam("limit", 200)
        .get("/v1/messages")
        .then()
        .statusCode(200)
        .body("data.findAll { it.body == '" + body + "' }.size()", equalTo(1));
  }

  @Test
  void a_wrong_webhook_secret_is_404() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("to", "12065550100", "from", "14255552000", "body", "x", "id", "mdr2-x"))
        .post("/webhooks/flowroute/wrong-secret/sms")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void a_payload_that_is_not_flowroutes_is_400() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"hello\":\"world\"}")
        .post(HOOKS + "/sms")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("https://switchboard.dev/problems/invalid-webhook-payload"));
  }

  @Test
  void a_receipt_for_a_message_we_do_not_know_yet_is_kept_and_acknowledged() {
    given()
        .contentType(ContentType.JSON)
        .body(
            """
            {"data":{"type":"delivery_receipt","id":"mdr2-00000000000000000000000000000001",
              "attributes":{"body":"","level":2,"status":"delivered","status_code":1004,
              "status_code_description":"Message delivered to handset",
              "timestamp":"2017-12-21T16:44:35+00:00"}}}
            """)
        .post(HOOKS + "/dlr")
        .then()
        .statusCode(200);
  }

  @Test
  void the_events_a_traced_webhook_causes_carry_its_trace() {
    String traceId = UUID.randomUUID().toString().replace("-", "");
    String mdr = "mdr2-" + UUID.randomUUID().toString().replace("-", "");
    String phone = aPhone();
    String payload =
        """
        {"data":{"type":"message","id":"%s","attributes":{
          "body":"STOP","direction":"inbound","from":"%s","is_mms":false,
          "message_type":"longcode","status":"delivered",
          "timestamp":"2024-10-19T01:21:21.980000Z","to":"12065550100"}}}
        """
            .formatted(mdr, phone.substring(1));
    given()
        .contentType(ContentType.JSON)
        .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
        .body(payload)
        .post(HOOKS + "/sms")
        .then()
        .statusCode(200);

    // The text and the opt-out its keyword made share one transaction with other webhooks' texts
    // (group commit), yet each carries its own webhook's trace.
    Events.Event received =
        Events.await(
                kafka.bootstrapServers(),
                INBOUND_TOPIC,
                e -> e.value().contains(mdr),
                1,
                Duration.ofSeconds(20))
            .get(0);
    assertThat(received.header("traceparent")).isNotNull();
    assertThat(received.header("traceparent").split("-")[1]).isEqualTo(traceId);
    Events.Event optOut =
        Events.await(
                kafka.bootstrapServers(),
                "switchboard.opt-outs.v1",
                e -> phone.equals(e.key()),
                1,
                Duration.ofSeconds(20))
            .get(0);
    assertThat(optOut.header("traceparent")).isNotNull();
    assertThat(optOut.header("traceparent").split("-")[1]).isEqualTo(traceId);
  }

  @Test
  void a_phone_that_texts_stop_is_not_texted_again_until_it_texts_start() {
    String phone = aPhone();
    emulator.sendInbound(InboundRequest.sms(phone, "+12065550100", "STOP"));
    Map<String, String> sms = Map.of("from", "+12065550100", "to", phone, "body", "promo");
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(Tokens.all(emulator))
                    .contentType(ContentType.JSON)
                    .body(sms)
                    .post("/v1/messages")
                    .then()
                    .statusCode(422)
                    .body("type", equalTo("https://switchboard.dev/problems/recipient-opted-out")));
    emulator.sendInbound(InboundRequest.sms(phone, "+12065550100", "START"));
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(Tokens.all(emulator))
                    .contentType(ContentType.JSON)
                    .body(sms)
                    .post("/v1/messages")
                    .then()
                    .statusCode(202));
  }
}
