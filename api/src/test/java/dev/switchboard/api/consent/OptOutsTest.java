package dev.switchboard.api.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

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
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * {@code /v1/opt-outs} against the real stack: opt-outs added by a caller (a pair, or a peer for
 * every number of ours) refuse sends, list with filters and cursor paging, are removed with who and
 * why, and each change is an event on Kafka; a STOP text shows in the list as a keyword's.
 */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class OptOutsTest {

  static final String TOPIC = "switchboard.opt-outs.v1";
  static final String PROBLEMS = "https://switchboard.dev/problems/";

  FlowrouteEmulator emulator;
  SandboxKafka kafka;
  final ObjectMapper json = new ObjectMapper();

  static String aPhone() {
    return "+1773555" + ThreadLocalRandom.current().nextInt(1000, 10000);
  }

  RequestSpecification as(String subject) {
    return given().auth().oauth2(Tokens.of(emulator, subject)).contentType(ContentType.JSON);
  }

  ValidatableResponse add(String subject, String number, String peer, String reason) {
    Map<String, Object> body = new HashMap<>();
    body.put("number", number);
    body.put("peer", peer);
    body.put("reason", reason);
    return as(subject).body(body).post("/v1/opt-outs").then();
  }

  ValidatableResponse send(String from, String to) {
    return as("sender")
        .body(Map.of("from", from, "to", to, "body", "promo " + UUID.randomUUID()))
        .post("/v1/messages")
        .then();
  }

  @Test
  void a_caller_opts_a_pair_out_and_back_in_with_who_and_why_told_on_kafka() throws Exception {
    String peer = aPhone();
    String id =
        add("crm-service", "+12065550100", peer, "asked on the phone")
            .statusCode(201)
            .header("Location", containsString("/v1/opt-outs/"))
            .body("number", equalTo("+12065550100"))
            .body("allNumbers", equalTo(false))
            .body("peer", equalTo(peer))
            .body("source", equalTo("API"))
            .body("actor", equalTo("crm-service"))
            .body("reason", equalTo("asked on the phone"))
            .extract()
            .path("id");
    // Twice is once: the first record stands.
    add("other-service", "+12065550100", peer, "again")
        .statusCode(200)
        .body("id", equalTo(id))
        .body("actor", equalTo("crm-service"));
    send("+12065550100", peer)
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "recipient-opted-out"));
    send("+12065550101", peer).statusCode(202);

    as("ops")
        .queryParam("reason", "consent given in store")
        .delete("/v1/opt-outs/" + id)
        .then()
        .statusCode(200)
        .body("id", equalTo(id));

    as("ops")
        .get("/v1/opt-outs/" + id)
        .then()
        .statusCode(404)
        .body("type", equalTo(PROBLEMS + "opt-out-not-found"));
    as("ops").delete("/v1/opt-outs/" + id).then().statusCode(404);
    send("+12065550100", peer).statusCode(202);

    List<Events.Event> events =
        Events.await(
            kafka.bootstrapServers(),
            TOPIC,
            e -> e.value().contains(peer),
            2,
            Duration.ofSeconds(20));
    assertThat(events)
        .extracting(e -> e.header("ce_type"))
        .containsExactly("dev.switchboard.opt-out.added", "dev.switchboard.opt-out.removed");
    assertThat(events).extracting(Events.Event::key).containsOnly(peer);
    assertThat(events).extracting(e -> e.header("ce_subject")).containsOnly(id);
    JsonNode removed = json.readTree(events.get(1).value());
    assertThat(removed.path("actor").asText()).isEqualTo("crm-service");
    assertThat(removed.path("removed").path("actor").asText()).isEqualTo("ops");
    assertThat(removed.path("removed").path("source").asText()).isEqualTo("API");
    assertThat(removed.path("removed").path("reason").asText()).isEqualTo("consent given in store");
  }

  @Test
  void a_peer_opted_out_of_every_number_is_refused_by_each_and_listed_under_each() {
    String peer = aPhone();
    add("crm-service", null, peer, "complaint")
        .statusCode(201)
        .body("number", nullValue())
        .body("allNumbers", equalTo(true));

    send("+12065550100", peer).statusCode(422);
    send("+12065550102", peer).statusCode(422);
    as("crm-service")
        .queryParam("number", "+12065550102")
        .queryParam("peer", peer)
        .get("/v1/opt-outs")
        .then()
        .statusCode(200)
        .body("data.size()", equalTo(1))
        .body("data[0].allNumbers", equalTo(true));
  }

  @Test
  void the_list_filters_by_who_and_time_and_pages_with_a_cursor() {
    String caller = "pager-" + UUID.randomUUID();
    String[] peers = {aPhone(), aPhone(), aPhone()};
    String before = java.time.Instant.now().minusSeconds(1).toString();
    for (String peer : peers) {
      add(caller, "+12065550100", peer, "bulk import").statusCode(201);
    }

    ValidatableResponse first =
        as(caller)
            .queryParam("actor", caller)
            .queryParam("source", "api")
            .queryParam("since", before)
            .queryParam("limit", 2)
            .get("/v1/opt-outs")
            .then()
            .statusCode(200)
            .body("data.size()", equalTo(2))
            .body("data[0].peer", equalTo(peers[2]))
            .body("data[1].peer", equalTo(peers[1]))
            .body("nextCursor", not(nullValue()));
    String cursor = first.extract().path("nextCursor");
    as(caller)
        .queryParam("actor", caller)
        .queryParam("limit", 2)
        .queryParam("cursor", cursor)
        .get("/v1/opt-outs")
        .then()
        .statusCode(200)
        .body("data.size()", equalTo(1))
        .body("data[0].peer", equalTo(peers[0]))
        .body("nextCursor", nullValue());
    as(caller)
        .queryParam("actor", caller)
        .queryParam("until", before)
        .get("/v1/opt-outs")
        .then()
        .statusCode(200)
        .body("data.size()", equalTo(0));
    as(caller)
        .queryParam("actor", caller)
        .queryParam("source", "KEYWORD")
        .get("/v1/opt-outs")
        .then()
        .body("data.size()", equalTo(0));
  }

  @Test
  void a_stop_text_is_listed_as_the_keywords_opt_out() {
    String phone = aPhone();
    emulator.sendInbound(InboundRequest.sms(phone, "+12065550100", " stop "));

    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                as("auditor")
                    .queryParam("peer", phone)
                    .get("/v1/opt-outs")
                    .then()
                    .statusCode(200)
                    .body("data.size()", equalTo(1))
                    .body("data[0].source", equalTo("KEYWORD"))
                    .body("data[0].actor", equalTo("keyword"))
                    .body("data[0].number", equalTo("+12065550100")));
    as("auditor")
        .queryParam("source", "KEYWORD")
        .queryParam("limit", 200)
        .get("/v1/opt-outs")
        .then()
        .body("data.peer", hasItem(phone));
  }

  @Test
  void bad_input_is_a_problem_with_a_stable_type() {
    add("x", "+12065550100", "not-a-number", null)
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "invalid-phone-number"));
    add("x", "+12065550100", null, null)
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "invalid-opt-out"));
    add("x", "+12065550100", "+12065550100", null)
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "invalid-opt-out"));
    add("x", "+12065550100", aPhone(), "r".repeat(300))
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "invalid-opt-out"));
    as("x")
        .post("/v1/opt-outs")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "missing-body"));
    as("x")
        .queryParam("cursor", "bm9wZQ")
        .get("/v1/opt-outs")
        .then()
        .statusCode(400)
        .body("type", equalTo(PROBLEMS + "invalid-cursor"));
    as("x")
        .queryParam("source", "fax")
        .get("/v1/opt-outs")
        .then()
        .statusCode(400)
        .body("type", equalTo(PROBLEMS + "invalid-query-parameter"));
    as("x")
        .queryParam("since", "yesterday")
        .get("/v1/opt-outs")
        .then()
        .statusCode(400)
        .body("type", equalTo(PROBLEMS + "invalid-query-parameter"));
    as("x")
        .queryParam("limit", 0)
        .get("/v1/opt-outs")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "invalid-limit"));
    as("x")
        .get("/v1/opt-outs/nope")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "invalid-opt-out"));
    as("x")
        .delete("/v1/opt-outs/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .body("type", equalTo(PROBLEMS + "opt-out-not-found"));
    given()
        .auth()
        .oauth2(Tokens.only(emulator, "messages:read"))
        .contentType(ContentType.JSON)
        .body(Map.of("peer", aPhone()))
        .post("/v1/opt-outs")
        .then()
        .statusCode(403);
  }
}
