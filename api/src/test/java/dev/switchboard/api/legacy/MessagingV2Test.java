package dev.switchboard.api.legacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.api.support.BehindTheBack;
import dev.switchboard.api.support.Events;
import dev.switchboard.api.support.Purchases;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.SandboxKafka;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import dev.switchboard.sandbox.emulator.control.LoggedRequest;
import dev.switchboard.sandbox.emulator.messaging.InboundRequest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole platform with {@code switchboard.flowroute.messaging-api=v2} (and Numbers v1, {@link
 * LegacyVersionsProfile}) and the emulator's account on Messages v2 (reference §8.1, §7.5): a text
 * goes out through {@code POST /v2/messages} and stays {@code SENT} (v2 documents no delivery
 * receipts), an inbound text in v2's flat form reaches Kafka, and a picture is refused at
 * acceptance, never sent as a bare text.
 */
@QuarkusTest
@TestProfile(LegacyVersionsProfile.class)
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class MessagingV2Test {

  FlowrouteEmulator emulator;
  SandboxKafka kafka;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void accountOnV2() {
    emulator.setMessagingApiVersion("v2");
  }

  @AfterEach
  void accountBackOnV21() {
    emulator.setMessagingApiVersion("v2.1");
  }

  private io.restassured.response.Response send(Map<String, Object> message) {
    return given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .contentType(ContentType.JSON)
        .body(message)
        .post("/v1/messages");
  }

  private io.restassured.response.ValidatableResponse read(String id) {
    return given().auth().oauth2(Tokens.all(emulator)).get("/v1/messages/" + id).then();
  }

  @Test
  void a_text_goes_out_through_messages_v2_and_stays_sent_without_receipts() {
    String body = "v2 text " + UUID.randomUUID();
    String id =
        send(Map.of("from", "+12065550100", "to", "+14255550423", "body", body))
            .then()
            .statusCode(202)
            .extract()
            .path("id");

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                read(id)
                    .statusCode(200)
                    .body("status", equalTo("SENT"))
                    .body("flowrouteId", startsWith("mdr1-")));
    List<LoggedRequest> sends =
        emulator.requests().stream()
            .filter(r -> r.method().equals("POST") && r.body().path("body").asText().equals(body))
            .toList();
    assertThat(sends).extracting(LoggedRequest::path).containsExactly("/v2/messages");
    assertThat(emulator.stats().acceptedOf("12065550100", "14255550423", body)).isEqualTo(1);
    // The emulator would post receipts 50 ms apart: SENT must outlast them.
    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(3))
        .untilAsserted(() -> read(id).body("status", equalTo("SENT")));
  }

  @Test
  void an_inbound_text_in_the_v2_flat_form_arrives_on_kafka() throws Exception {
    String text = "v2 inbound " + UUID.randomUUID();
    // The account is on v2, so the emulator posts §7.5's flat {"to","body","from","id"}.
    emulator.sendInbound(InboundRequest.sms("+14255550421", "+12065550101", text));

    List<Events.Event> events =
        Events.await(
            kafka.bootstrapServers(),
            "switchboard.messages.inbound.v1",
            e -> e.value().contains(text),
            1,
            // The first webhook of a fresh profile also warms up the intake and the relay.
            Duration.ofSeconds(60));
    assertThat(events).hasSize(1);
    JsonNode event = json.readTree(events.get(0).value());
    assertThat(event.path("from").asText()).isEqualTo("+14255550421");
    assertThat(event.path("to").asText()).isEqualTo("+12065550101");
  }

  @Test
  void a_number_bought_and_routed_through_numbers_v1_texts_through_messages_v2_and_is_texted()
      throws Exception {
    String number = Purchases.first(() -> given().auth().oauth2(Tokens.all(emulator)), Map.of());
    String route =
        given()
            .auth()
            .oauth2(Tokens.all(emulator))
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "type",
                    "host",
                    "value",
                    "pbx.example.com:5060",
                    "alias",
                    "v1-" + number.substring(1)))
            .post("/v1/routes")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .contentType(ContentType.JSON)
        .body(Map.of("routeId", route))
        .put("/v1/numbers/" + number + "/routes/primary")
        .then()
        .statusCode(200);
    // Numbers v1 has no messaging switch: the account's operator turns it on in the portal.
    new BehindTheBack(emulator).enableMessaging(number.substring(1));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> emulator.number(number.substring(1)).orElseThrow().messagingEnabled());
    String body = "from a v1 number " + UUID.randomUUID();

    String id =
        send(Map.of("from", number, "to", "+14255550424", "body", body))
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> read(id).body("status", equalTo("SENT")));
    assertThat(emulator.stats().acceptedOf(number.substring(1), "14255550424", body)).isEqualTo(1);

    String reply = "reply to a v1 number " + UUID.randomUUID();
    emulator.sendInbound(InboundRequest.sms("+14255550424", number, reply));
    List<Events.Event> events =
        Events.await(
            kafka.bootstrapServers(),
            "switchboard.messages.inbound.v1",
            e -> e.value().contains(reply),
            1,
            Duration.ofSeconds(60));
    assertThat(events).hasSize(1);
    assertThat(json.readTree(events.get(0).value()).path("to").asText()).isEqualTo(number);
  }

  @Test
  void a_picture_is_refused_at_acceptance_with_mms_not_available() {
    String caption = "v2 picture " + UUID.randomUUID();

    send(Map.of(
            "from",
            "+12065550100",
            "to",
            "+14255550422",
            "body",
            caption,
            "mediaUrls",
            List.of("https://media.example/a.png")))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("https://switchboard.dev/problems/mms-not-available"))
        .body("detail", org.hamcrest.Matchers.containsString("SMS only"));

    assertThat(emulator.requests())
        .noneMatch(r -> r.body() != null && r.body().toString().contains(caption));
  }
}
