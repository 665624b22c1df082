package dev.switchboard.api.messages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.api.support.ApiMessages;
import dev.switchboard.api.support.Events;
import dev.switchboard.api.support.Purchases;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.SandboxKafka;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class SendingMessagesTest {

  static final String STATUS_TOPIC = "switchboard.messages.status.v1";
  static final String OUR_NUMBER = "+12065550100";

  FlowrouteEmulator emulator;
  SandboxKafka kafka;
  final ObjectMapper json = new ObjectMapper();

  String send(String to, String body) {
    return given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .contentType(ContentType.JSON)
        .body(Map.of("from", OUR_NUMBER, "to", to, "body", body))
        .post("/v1/messages")
        .then()
        .statusCode(202)
        .body("status", equalTo("QUEUED"))
        .body("id", notNullValue())
        .extract()
        .path("id");
  }

  String awaitStatus(String id, String status) {
    ApiMessages.awaitStatus(Tokens.all(emulator), id, status, Duration.ofSeconds(20));
    return status;
  }

  @Test
  void a_sent_sms_reaches_delivered_and_its_status_events_arrive_in_order() throws Exception {
    String body = "hello " + UUID.randomUUID();
    String id = send("+12065550199", body);

    awaitStatus(id, "DELIVERED");

    List<Events.Event> events =
        Events.await(
            kafka.bootstrapServers(),
            STATUS_TOPIC,
            e -> id.equals(e.key()),
            3,
            Duration.ofSeconds(20));
    List<String> statuses = events.stream().map(e -> field(e.value(), "status")).toList();
    assertThat(statuses).containsExactly("QUEUED", "SENT", "DELIVERED");
    Events.Event delivered = events.get(2);
    assertThat(delivered.header("ce_specversion")).isEqualTo("1.0");
    assertThat(delivered.header("ce_type")).isEqualTo("dev.switchboard.message.status-changed");
    assertThat(delivered.header("ce_subject")).isEqualTo(id);
    assertThat(delivered.header("ce_id")).isNotBlank();
    assertThat(delivered.header("content-type")).isEqualTo("application/json");
    assertThat(field(delivered.value(), "previousStatus")).isEqualTo("SENT");
  }

  @Test
  void the_events_of_a_traced_send_carry_its_trace_from_queued_to_sent() {
    String traceId = newTraceId();
    String callerSpan = "00f067aa0ba902b7";
    // No receipt until SENT is read: a receipt that came before the dispatcher wrote SENT (the
    // emulator's come 50 ms after the send, and a busy machine can be slower than that) settles
    // the message itself, in the receipt's own trace, as it may with Flowroute.
    String phone = "+12065550166";
    emulator.faults().withholdReceiptsTo(List.of(phone));
    try {
      String id = tracedSend(phone, traceId, callerSpan);

      Events.Event queued =
          Events.await(
                  kafka.bootstrapServers(),
                  STATUS_TOPIC,
                  e -> id.equals(e.key()) && "QUEUED".equals(field(e.value(), "status")),
                  1,
                  Duration.ofSeconds(20))
              .get(0);

      // The same trace, below the API's own server span (not the caller's span), sampled as asked.
      String[] traceparent = queued.header("traceparent").split("-");
      assertThat(traceparent).hasSize(4);
      assertThat(traceparent[0]).isEqualTo("00");
      assertThat(traceparent[1]).isEqualTo(traceId);
      assertThat(traceparent[2]).hasSize(16).isNotEqualTo(callerSpan);
      assertThat(traceparent[3]).isEqualTo("01");
      assertThat(queued.header("tracestate")).isEqualTo("caller=checkout");
      assertThat(queued.header("ce_traceparent")).isEqualTo(queued.header("traceparent"));

      // The dispatch, later and on another thread, continues the request's trace (the context
      // stored with the message): SENT is in the same trace, so a consumer sees one trace from
      // POST to SENT.
      Events.Event sent = statusEvent(id, "SENT");
      assertThat(sent.header("traceparent")).isNotNull();
      assertThat(sent.header("traceparent").split("-")[1]).isEqualTo(traceId);
      assertThat(sent.header("tracestate")).isEqualTo("caller=checkout");
    } finally {
      emulator.faults().withholdReceiptsTo(List.of());
    }
  }

  @Test
  void the_delivery_of_a_traced_send_carries_the_trace_of_flowroutes_receipt() {
    String traceId = newTraceId();
    String id = tracedSend("+12065550199", traceId, "00f067aa0ba902b8");

    // The receipt is Flowroute's own request (its webhook): DELIVERED carries that webhook's trace.
    Events.Event delivered = statusEvent(id, "DELIVERED");
    assertThat(delivered.header("traceparent")).isNotNull();
    assertThat(delivered.header("traceparent").split("-")[1]).isNotEqualTo(traceId);
  }

  private static String newTraceId() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  private String tracedSend(String to, String traceId, String callerSpan) {
    return given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
        .header("tracestate", "caller=checkout")
        .contentType(ContentType.JSON)
        .body(Map.of("from", OUR_NUMBER, "to", to, "body", "traced"))
        .post("/v1/messages")
        .then()
        .statusCode(202)
        .extract()
        .path("id");
  }

  private Events.Event statusEvent(String id, String status) {
    return Events.await(
            kafka.bootstrapServers(),
            STATUS_TOPIC,
            e -> id.equals(e.key()) && status.equals(field(e.value(), "status")),
            1,
            Duration.ofSeconds(30))
        .get(0);
  }

  @Test
  void the_flowroute_request_is_the_json_api_envelope_with_our_dlr_callback() throws Exception {
    String body = "wire " + UUID.randomUUID();
    String id = send("+12065550198", body);
    awaitStatus(id, "DELIVERED");

    // What a user of the sandbox sees: the emulator's request log over HTTP.
    JsonNode log = json.readTree(given().get(emulator.url() + "/sandbox/requests").asString());
    JsonNode sent = null;
    for (JsonNode r : log) {
      if (r.path("method").asText().equals("POST")
          && r.path("path").asText().equals("/v2.1/messages")
          && body.equals(r.path("body").path("data").path("attributes").path("body").asText())) {
        sent = r;
      }
    }
    assertThat(sent).as("the send request in /sandbox/requests").isNotNull();
    JsonNode expected =
        json.readTree(
            """
            {"data":{"type":"message","attributes":{
              "to":"12065550198","from":"12065550100","body":"%s",
              "dlr_callback":"%s/webhooks/flowroute/***/dlr/%s"}}}
            """
                .formatted(body, SandboxServices.APP_URL, id));
    assertThat(sent.path("body")).isEqualTo(expected);
    assertThat(sent.path("headers").path("content-type").asText())
        .startsWith("application/vnd.api+json");
    assertThat(sent.path("headers").path("authorization").asText())
        .doesNotContain("sandbox-secret-key");
  }

  @Test
  void a_rejected_recipient_ends_rejected_with_flowroutes_code() {
    String id = send("+12065550005", "to be rejected " + UUID.randomUUID());
    awaitStatus(id, "REJECTED");
    ApiMessages.read(Tokens.all(emulator), id).body("failure.code", equalTo("1005"));
  }

  @Test
  void a_recipient_who_opted_out_at_the_carrier_is_not_texted_again() {
    String id = send("+12065551110", "opt out " + UUID.randomUUID());
    awaitStatus(id, "FAILED");
    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .contentType(ContentType.JSON)
        .body(Map.of("from", OUR_NUMBER, "to", "+12065551110", "body", "again"))
        .post("/v1/messages")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("https://switchboard.dev/problems/recipient-opted-out"));
  }

  /**
   * The inventory has +12065550103 as Flowroute lists it, without the messaging setting (its number
   * documents do not show it), so the send is accepted and Flowroute's 403 ends it.
   */
  @Test
  void a_from_number_without_messaging_fails_with_flowroutes_refusal() {
    String id =
        ApiMessages.sent(Tokens.all(emulator), "+12065550103", "+12065550197", "no messaging");
    awaitStatus(id, "FAILED");
    ApiMessages.read(Tokens.all(emulator), id)
        .body("failure.code", equalTo("http-403"))
        .body("attempts", equalTo(1));
  }

  /**
   * A 5xx may follow an accepted send (a proxy's 502/504), so it is looked up first and sent again
   * only when Flowroute's records, read over the settle time, do not have it. (Before issue 14 a
   * 5xx was resent at once.)
   */
  @Test
  void server_errors_are_looked_up_then_resent_and_the_message_is_sent_once() {
    emulator.faults().failNextSends(2, 503);
    try {
      String body = "retry " + UUID.randomUUID();
      String id = send("+12065550196", body);
      awaitStatus(id, "DELIVERED");
      long accepted = emulator.messages().stream().filter(m -> body.equals(m.body())).count();
      assertThat(accepted).isEqualTo(1);
      ApiMessages.read(Tokens.all(emulator), id).body("attempts", equalTo(3));
    } finally {
      emulator.faults().reset();
    }
  }

  @Test
  void the_same_idempotency_key_and_body_return_the_same_message() {
    String key = UUID.randomUUID().toString();
    Map<String, String> request = Map.of("from", OUR_NUMBER, "to", "+12065550195", "body", "once");
    String first =
        sendWithKey(key, request)
            .statusCode(202)
            .header("Idempotent-Replayed", "false")
            .extract()
            .path("id");
    sendWithKey(key, request)
        .statusCode(202)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first));
    sendWithKey(key, Map.of("from", OUR_NUMBER, "to", "+12065550195", "body", "twice"))
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("https://switchboard.dev/problems/idempotency-key-reused"));
  }

  ValidatableResponse sendWithKey(String key, Map<String, String> request) {
    return given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(request)
        .post("/v1/messages")
        .then();
  }

  io.restassured.response.ValidatableResponse post(Map<String, ?> request) {
    return given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .contentType(ContentType.JSON)
        .body(request)
        .post("/v1/messages")
        .then();
  }

  void expectProblem(Map<String, ?> request, String type, String detailPart) {
    post(request)
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("https://switchboard.dev/problems/" + type))
        .body("detail", containsString(detailPart));
  }

  @Test
  void a_sender_that_is_not_one_of_our_numbers_is_refused_before_flowroute_sees_it() {
    String body = "not ours " + UUID.randomUUID();
    expectProblem(
        Map.of("from", "+12065550177", "to", "+12065550194", "body", body),
        "sender-not-ours",
        "+12065550177");
    assertThat(emulator.messages()).noneMatch(m -> body.equals(m.body()));
  }

  @Test
  void a_sender_we_turned_messaging_off_on_is_refused() {
    String number =
        Purchases.first(
            () -> given().auth().oauth2(Tokens.all(emulator)),
            Map.of("startsWith", "206"),
            Map.of("messagingEnabled", false));

    expectProblem(
        Map.of("from", number, "to", "+12065550194", "body", "off"),
        "sender-messaging-disabled",
        number);
  }

  @Test
  void a_toll_free_number_of_ours_sends_like_a_long_code() {
    String tollFree =
        Purchases.first(
            () -> given().auth().oauth2(Tokens.all(emulator)),
            Map.of("type", "toll_free"),
            Map.of("messagingEnabled", true));
    // Flowroute provisions messaging apart from the purchase and refuses a send until it is done.
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                emulator
                    .number(tollFree.substring(1))
                    .map(n -> n.messagingEnabled())
                    .orElse(false));
    String id =
        post(Map.of("from", tollFree, "to", "+12065550193", "body", "toll free"))
            .statusCode(202)
            .extract()
            .path("id");
    awaitStatus(id, "DELIVERED");
  }

  @Test
  void the_encoding_and_segments_are_answered_stored_and_published() throws Exception {
    // 71 UCS-2 units: one more than a single segment holds, so two parts of 67.
    String body = "✓".repeat(70) + UUID.randomUUID().toString().substring(0, 1);
    String id =
        post(Map.of("from", OUR_NUMBER, "to", "+12065550192", "body", body))
            .statusCode(202)
            .body("encoding", equalTo("UCS_2"))
            .body("segments", equalTo(2))
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .get("/v1/messages/" + id)
        .then()
        .body("encoding", equalTo("UCS_2"))
        .body("segments", equalTo(2));

    Events.Event queued =
        Events.await(
                kafka.bootstrapServers(),
                STATUS_TOPIC,
                e -> id.equals(e.key()),
                1,
                Duration.ofSeconds(20))
            .get(0);
    assertThat(field(queued.value(), "encoding")).isEqualTo("UCS_2");
    assertThat(field(queued.value(), "segments")).isEqualTo("2");

    // Extension characters take two septets each: 81 braces are 162 septets, two GSM-7 parts.
    post(Map.of("from", OUR_NUMBER, "to", "+12065550192", "body", "{".repeat(81)))
        .statusCode(202)
        .body("encoding", equalTo("GSM_7"))
        .body("segments", equalTo(2));
  }

  @Test
  void a_body_longer_than_its_encoding_allows_is_refused() {
    expectProblem(
        Map.of("from", OUR_NUMBER, "to", "+12065550192", "body", "✓".repeat(701)),
        "body-too-long",
        "UCS-2");
    expectProblem(
        Map.of("from", OUR_NUMBER, "to", "+12065550192", "body", "[".repeat(801)),
        "body-too-long",
        "GSM-7");
    post(Map.of("from", OUR_NUMBER, "to", "+12065550192", "body", "✓".repeat(700))).statusCode(202);
  }

  String field(String value, String name) {
    try {
      JsonNode node = json.readTree(value).path(name);
      return node.isNull() ? null : node.asText();
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + value, e);
    }
  }
}
