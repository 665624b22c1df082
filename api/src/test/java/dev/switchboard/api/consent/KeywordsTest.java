package dev.switchboard.api.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.api.support.Events;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.SandboxKafka;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import dev.switchboard.sandbox.emulator.messaging.MessageRecord;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Keywords against the real stack: a number's own rules ({@code /v1/numbers/{n}/keywords}), and the
 * auto-reply a keyword text gets, queued and sent through the dispatcher to the emulator once
 * however often Flowroute delivers the text, marked {@code autoReply} in the API and on Kafka.
 */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class KeywordsTest {

  static final String HOOKS = "/webhooks/flowroute/" + SandboxServices.WEBHOOK_SECRET;
  static final String STATUS_TOPIC = "switchboard.messages.status.v1";
  static final String PROBLEMS = "https://switchboard.dev/problems/";

  FlowrouteEmulator emulator;
  SandboxKafka kafka;
  final ObjectMapper json = new ObjectMapper();

  static String aPhone() {
    return "+1312555" + ThreadLocalRandom.current().nextInt(1000, 10000);
  }

  RequestSpecification api() {
    return given().auth().oauth2(Tokens.all(emulator)).contentType(ContentType.JSON);
  }

  /** A number of ours (bought, so that it is in the inventory) that can send texts by now. */
  String ourNumber() {
    String number =
        api()
            .queryParam("limit", 1)
            .get("/v1/numbers/available")
            .then()
            .statusCode(200)
            .extract()
            .path("data[0].number");
    api()
        .body(Map.of("number", number, "messagingEnabled", true))
        .post("/v1/numbers")
        .then()
        .statusCode(201);
    // Flowroute (and the emulator) enables messaging a little after the purchase.
    String digits = number.substring(1);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                emulator.numbers().stream()
                    .anyMatch(n -> n.number().endsWith(digits) && n.messagingEnabled()));
    return number;
  }

  /** Flowroute's inbound webhook (Messaging v2.1 JSON:API) for a text, as it delivers it. */
  static String webhook(String mdr, String from, String to, String body) {
    return """
        {"data":{"type":"message","id":"%s","attributes":{
          "amount_display":"$0.0070","amount_nanodollars":"7000000","body":"%s",
          "direction":"inbound","from":"%s","is_mms":false,"message_encoding":0,
          "message_type":"longcode","status":"delivered",
          "timestamp":"2024-10-19T01:21:21.980000Z","to":"%s"}}}
        """
        .formatted(mdr, body, from.substring(1), to.substring(1));
  }

  static String mdr() {
    return "mdr2-" + UUID.randomUUID().toString().replace("-", "");
  }

  void deliver(String payload) {
    given().contentType(ContentType.JSON).body(payload).post(HOOKS + "/sms").then().statusCode(200);
  }

  List<MessageRecord> sentTo(String phone, String body) {
    return emulator.messages().stream()
        .filter(m -> m.to().endsWith(phone.substring(1)) && body.equals(m.body()))
        .toList();
  }

  @Test
  void a_help_text_delivered_twice_gets_one_auto_reply_that_reaches_flowroute_once()
      throws Exception {
    String ours = ourNumber();
    String reply = "Acme help " + UUID.randomUUID() + ": call 555-0100";
    api()
        .body(Map.of("help", Map.of("words", List.of("HELP", "AIDE"), "reply", reply)))
        .put("/v1/numbers/" + ours + "/keywords")
        .then()
        .statusCode(200)
        .body("own.help.reply", equalTo(reply))
        .body("effective.help.words", hasItem("AIDE"))
        .body("effective.stop.words", hasItem("STOP"));
    String phone = aPhone();
    String payload = webhook(mdr(), phone, ours, " aide ");

    deliver(payload);
    deliver(payload);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                api()
                    .queryParam("number", ours)
                    .queryParam("peer", phone)
                    .get("/v1/messages")
                    .then()
                    .body(
                        "data.findAll { it.direction == 'OUTBOUND' }.status",
                        hasItem("DELIVERED")));
    assertThat(sentTo(phone, reply)).hasSize(1);
    List<Events.Event> queued =
        Events.await(
            kafka.bootstrapServers(),
            STATUS_TOPIC,
            e -> e.value().contains(reply) && "QUEUED".equals(e.field("status")),
            1,
            Duration.ofSeconds(60));
    assertThat(queued).hasSize(1);
    assertThat(json.readTree(queued.get(0).value()).path("autoReply").asBoolean()).isTrue();
    assertThat(sentTo(phone, reply)).as("still one, the dispatcher long done").hasSize(1);
    api()
        .queryParam("number", ours)
        .queryParam("peer", phone)
        .get("/v1/messages")
        .then()
        .statusCode(200)
        .body("data.size()", equalTo(2))
        .body("data.findAll { it.direction == 'OUTBOUND' }.size()", equalTo(1))
        .body("data.find { it.direction == 'OUTBOUND' }.autoReply", equalTo(true))
        .body("data.find { it.direction == 'OUTBOUND' }.body", equalTo(reply))
        .body("data.find { it.direction == 'INBOUND' }.autoReply", equalTo(false));
  }

  @Test
  void stop_is_confirmed_though_the_phone_is_now_opted_out_and_nothing_else_is_sent()
      throws Exception {
    String ours = ourNumber();
    String confirm = "Acme: unsubscribed " + UUID.randomUUID();
    String help = "Acme help " + UUID.randomUUID();
    api()
        .body(
            Map.of(
                "stop", Map.of("words", List.of("STOP", "ARRET"), "reply", confirm),
                "help", Map.of("words", List.of("HELP"), "reply", help)))
        .put("/v1/numbers/" + ours + "/keywords")
        .then()
        .statusCode(200);
    String phone = aPhone();

    deliver(webhook(mdr(), phone, ours, "Arret"));

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(sentTo(phone, confirm)).hasSize(1));
    deliver(webhook(mdr(), phone, ours, "HELP"));
    api()
        .body(Map.of("from", ours, "to", phone, "body", "promo"))
        .post("/v1/messages")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "recipient-opted-out"));
    // The HELP text is stored; no answer is queued to an opted-out phone.
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                api()
                    .queryParam("number", ours)
                    .queryParam("peer", phone)
                    .get("/v1/messages")
                    .then()
                    .body("data.size()", equalTo(3))
                    .body("data.findAll { it.autoReply }.size()", equalTo(1)));
    assertThat(sentTo(phone, help)).isEmpty();
  }

  @Test
  void a_number_follows_the_account_until_it_has_its_own_rules_and_again_after_delete() {
    String ours = ourNumber();
    api()
        .get("/v1/numbers/" + ours + "/keywords")
        .then()
        .statusCode(200)
        .body("own", equalTo(Map.of()))
        .body("effective.stop.words", hasItem("UNSUBSCRIBE"))
        .body("effective.start.words", hasItem("UNSTOP"))
        .body("effective.help.words", hasItem("INFO"))
        .body("effective.help.reply", nullValue());
    api()
        .body(Map.of("start", Map.of("words", List.of(), "reply", "")))
        .put("/v1/numbers/" + ours + "/keywords")
        .then()
        .statusCode(200)
        .body("effective.start.words.size()", equalTo(0));

    api()
        .delete("/v1/numbers/" + ours + "/keywords")
        .then()
        .statusCode(200)
        .body("own", equalTo(Map.of()));
    api()
        .get("/v1/numbers/" + ours + "/keywords")
        .then()
        .body("effective.start.words", hasItem("START"));
  }

  @Test
  void bad_keyword_rules_and_numbers_not_ours_are_problems() {
    String ours = ourNumber();
    api()
        .body(Map.of("help", Map.of("words", List.of("STOP"))))
        .put("/v1/numbers/" + ours + "/keywords")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "invalid-keywords"));
    api()
        .body(Map.of("pause", Map.of("words", List.of("WAIT"))))
        .put("/v1/numbers/" + ours + "/keywords")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "invalid-keywords"));
    api()
        .body(Map.of("help", Map.of("words", List.of("HELP ME"))))
        .put("/v1/numbers/" + ours + "/keywords")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "invalid-keywords"));
    api()
        .get("/v1/numbers/+12015550123/keywords")
        .then()
        .statusCode(404)
        .body("type", equalTo(PROBLEMS + "number-not-found"));
    api().body(Map.of()).put("/v1/numbers/+12015550123/keywords").then().statusCode(404);
  }
}
