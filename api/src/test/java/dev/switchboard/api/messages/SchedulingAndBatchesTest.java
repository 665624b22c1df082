package dev.switchboard.api.messages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.api.support.Events;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** sendAt, cancel and batch sends against PostgreSQL, Kafka and the emulator. */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class SchedulingAndBatchesTest {

  private static final String OURS = "+12065550100";

  FlowrouteEmulator emulator;
  SandboxKafka kafka;
  final ObjectMapper json = new ObjectMapper();

  private static Map<String, Object> message(String to, String body) {
    Map<String, Object> m = new HashMap<>();
    m.put("from", OURS);
    m.put("to", to);
    m.put("body", body);
    return m;
  }

  private ValidatableResponse post(String path, Object body, String key) {
    var request = given().auth().oauth2(Tokens.all(emulator)).contentType(ContentType.JSON);
    if (key != null) {
      request = request.header("Idempotency-Key", key);
    }
    return request.body(body).post(path).then();
  }

  private ValidatableResponse get(String id) {
    return given().auth().oauth2(Tokens.all(emulator)).get("/v1/messages/" + id).then();
  }

  private long reachedEmulator(String body) {
    return emulator.messages().stream().filter(m -> body.equals(m.body())).count();
  }

  @Test
  void a_scheduled_message_is_not_sent_before_its_send_at_and_is_sent_then() {
    String body = "at six " + UUID.randomUUID();
    Instant sendAt = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
    Map<String, Object> request = message("+12065550199", body);
    request.put("sendAt", sendAt.toString());

    String id =
        post("/v1/messages", request, null)
            .statusCode(202)
            .body("status", equalTo("QUEUED"))
            .body("sendAt", equalTo(sendAt.toString()))
            .extract()
            .path("id");

    // While sendAt is ahead, the message waits; the emulator's clock is this machine's clock.
    get(id).body("status", equalTo("QUEUED"));
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> get(id).body("status", equalTo("DELIVERED")));
    assertThat(emulator.messages().stream().filter(m -> body.equals(m.body())).toList())
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.timestamp())
                    .as("Flowroute got it no earlier than sendAt")
                    .isAfterOrEqualTo(sendAt.truncatedTo(ChronoUnit.SECONDS)));
  }

  @Test
  void schedules_that_cannot_be_kept_are_refused_with_a_problem() {
    Instant now = Instant.now();
    List<Map<String, Object>> bad = new ArrayList<>();
    bad.add(scheduled(null, now.minusSeconds(1)));
    bad.add(scheduled(now.plusSeconds(60), now.plusSeconds(60)));
    bad.add(scheduled(now.plus(Duration.ofDays(36)), null));
    for (Map<String, Object> request : bad) {
      post("/v1/messages", request, null)
          .statusCode(422)
          .contentType("application/problem+json")
          .body("type", equalTo("https://switchboard.dev/problems/invalid-schedule"));
    }
    Map<String, Object> garbled = message("+12065550199", "x");
    garbled.put("sendAt", "tomorrow");
    post("/v1/messages", garbled, null).statusCode(400).body("code", equalTo("malformed-request"));
  }

  private static Map<String, Object> scheduled(Instant sendAt, Instant expiresAt) {
    Map<String, Object> request = message("+12065550199", "sched " + UUID.randomUUID());
    if (sendAt != null) {
      request.put("sendAt", sendAt.toString());
    }
    if (expiresAt != null) {
      request.put("expiresAt", expiresAt.toString());
    }
    return request;
  }

  @Test
  void a_canceled_message_is_never_sent_and_its_event_says_canceled() {
    String body = "cancel me " + UUID.randomUUID();
    String id =
        post("/v1/messages", scheduledBody(body, Instant.now().plusSeconds(30)), null)
            .statusCode(202)
            .extract()
            .path("id");

    post("/v1/messages/" + id + "/cancel", "", null)
        .statusCode(200)
        .body("status", equalTo("CANCELED"))
        .body("failure.code", equalTo("canceled"));
    post("/v1/messages/" + id + "/cancel", "", null)
        .statusCode(409)
        .body("type", equalTo("https://switchboard.dev/problems/message-not-cancelable"));
    post("/v1/messages/" + UUID.randomUUID() + "/cancel", "", null).statusCode(404);

    List<Events.Event> events =
        Events.await(
            kafka.bootstrapServers(),
            SendingMessagesTest.STATUS_TOPIC,
            e -> id.equals(e.key()),
            2,
            Duration.ofSeconds(20));
    assertThat(events.stream().map(e -> e.field("status")).toList())
        .containsExactly("QUEUED", "CANCELED");
    assertThat(events.get(1).field("previousStatus")).isEqualTo("QUEUED");
    assertThat(reachedEmulator(body)).isZero();
  }

  @Test
  void a_delivered_message_cannot_be_canceled() {
    String body = "too late " + UUID.randomUUID();
    String id =
        post("/v1/messages", message("+12065550199", body), null)
            .statusCode(202)
            .extract()
            .path("id");
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> get(id).body("status", equalTo("DELIVERED")));

    post("/v1/messages/" + id + "/cancel", "", null)
        .statusCode(409)
        .body("code", equalTo("message-not-cancelable"));
    get(id).body("status", equalTo("DELIVERED"));
  }

  private static Map<String, Object> scheduledBody(String body, Instant sendAt) {
    Map<String, Object> request = message("+12065550199", body);
    request.put("sendAt", sendAt.toString());
    return request;
  }

  @Test
  void a_batch_answers_each_message_in_order_and_its_replay_answers_the_same() {
    String tag = UUID.randomUUID().toString();
    List<Map<String, Object>> messages =
        List.of(
            message("+12065550199", "batch a " + tag),
            message("not a number", "batch b " + tag),
            scheduledBody("batch c " + tag, Instant.now().plusSeconds(3600)),
            message("+12065550198", ""));
    String key = "batch-" + tag;

    ValidatableResponse first =
        post("/v1/messages/batch", Map.of("messages", messages), key)
            .statusCode(200)
            .body("accepted", equalTo(2))
            .body("refused", equalTo(2))
            .body("results.index", equalTo(List.of(0, 1, 2, 3)))
            .body("results.status", equalTo(List.of(202, 422, 202, 422)))
            .body("results[0].message.status", equalTo("QUEUED"))
            .body("results[0].replayed", equalTo(false))
            .body("results[1].problem.code", equalTo("invalid-phone-number"))
            .body(
                "results[3].problem.type",
                equalTo("https://switchboard.dev/problems/missing-body"));
    String a = first.extract().path("results[0].message.id");
    String c = first.extract().path("results[2].message.id");

    post("/v1/messages/batch", Map.of("messages", messages), key)
        .statusCode(200)
        .body("results.status", equalTo(List.of(202, 422, 202, 422)))
        .body("results[0].message.id", equalTo(a))
        .body("results[0].replayed", equalTo(true))
        .body("results[2].message.id", equalTo(c))
        .body("results[1].problem.code", equalTo("invalid-phone-number"));

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> get(a).body("status", equalTo("DELIVERED")));
    get(c).body("status", equalTo("QUEUED"));
    assertThat(reachedEmulator("batch a " + tag)).isEqualTo(1);
  }

  @Test
  void an_empty_batch_or_one_over_a_thousand_is_refused() {
    post("/v1/messages/batch", Map.of("messages", List.of()), null)
        .statusCode(422)
        .body("code", equalTo("invalid-batch"));
    post("/v1/messages/batch", Map.of(), null)
        .statusCode(422)
        .body("code", equalTo("invalid-batch"));
    List<Map<String, Object>> tooMany = Collections.nCopies(1001, message("+12065550199", "x"));
    post("/v1/messages/batch", Map.of("messages", tooMany), null)
        .statusCode(422)
        .body("code", equalTo("invalid-batch"));
  }
}
