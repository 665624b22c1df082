package dev.switchboard.api.messages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import dev.switchboard.api.support.ApiMessages;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher against Flowroute's inconvenient behaviour, end to end (PostgreSQL, Kafka, the
 * emulator over HTTP): a send accepted after we gave up on its answer is found, not doubled; a
 * spell of refused credentials leaves the queue waiting, then it goes out.
 */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class DispatcherFaultsTest {

  FlowrouteEmulator emulator;

  @AfterEach
  void reset() {
    emulator.faults().reset();
    // The next probe ends a pause this test left; the other tests need the dispatcher sending.
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(pausedGauge()).isEqualTo("0.0"));
  }

  private static String pausedGauge() {
    String prefix = "switchboard_dispatcher_paused{reason=\"credentials\"} ";
    return given()
        .get("/q/metrics")
        .asString()
        .lines()
        .filter(l -> l.startsWith(prefix))
        .map(l -> l.substring(prefix.length()))
        .findFirst()
        .orElse("missing");
  }

  /**
   * The emulator answers after 3.5 s, past our 3 s read timeout, and stores the message then (the
   * emulator's latency is applied before it handles a request), which is Flowroute accepting a send
   * whose answer never came. Receipts are dropped, so only the lookup in Flowroute's records can
   * settle it. Written against the existing latency fault; {@code accepted_then_timeout} (issue
   * 14's other half) provokes the same without slowing the lookups.
   */
  @Test
  void a_send_that_timed_out_after_flowroute_took_it_is_found_and_not_sent_again() {
    emulator.faults().setDropCallbacks(true).setLatency(Duration.ofMillis(3_500));
    String body = "timed out " + UUID.randomUUID();
    String id = send("+14255557001", body);

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> emulator.messages().stream().anyMatch(m -> body.equals(m.body())));
    emulator.faults().setLatency(Duration.ZERO);

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> message(id).body("status", equalTo("SENT")));
    // Well past the settle time: a resend would have happened by now.
    sleep(Duration.ofSeconds(2));
    assertThat(emulator.messages().stream().filter(m -> body.equals(m.body())).count())
        .isEqualTo(1);
    String mdrId =
        emulator.messages().stream().filter(m -> body.equals(m.body())).findFirst().get().id();
    message(id)
        .body("status", equalTo("SENT"))
        .body("flowrouteId", equalTo(mdrId))
        .body("attempts", equalTo(1));
  }

  @Test
  void a_401_spell_leaves_messages_queued_and_they_go_out_once_afterwards() {
    emulator.faults().failNextSends(1_000, 401);
    String batch = "credentials " + UUID.randomUUID();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(send("+1425555" + (7100 + i), batch));
    }

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(pausedGauge()).isEqualTo("1.0"));
    sleep(Duration.ofSeconds(2));
    // A probe lets one send through now and then (it is refused again): the others stay queued,
    // and none has burnt an attempt or failed.
    for (String id : ids) {
      message(id)
          .body("status", anyOf(equalTo("QUEUED"), equalTo("SENDING")))
          .body("attempts", lessThanOrEqualTo(1));
    }

    emulator.faults().failNextSends(0, 401);

    for (String id : ids) {
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(() -> message(id).body("status", equalTo("DELIVERED")));
      message(id).body("attempts", equalTo(1));
    }
    assertThat(emulator.messages().stream().filter(m -> batch.equals(m.body())).count())
        .isEqualTo(3);
    assertThat(pausedGauge()).isEqualTo("0.0");
  }

  @Test
  void
      a_message_whose_expiry_passes_while_sending_is_paused_ends_expired_and_never_reaches_flowroute() {
    emulator.faults().setUnauthorized(true);
    send("+14255557199", "pause " + UUID.randomUUID());
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(pausedGauge()).isEqualTo("1.0"));
    String body = "expiring " + UUID.randomUUID();
    Instant expiresAt =
        Instant.now().plusSeconds(2).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    String id =
        given()
            .auth()
            .oauth2(Tokens.all(emulator))
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "from",
                    "+12065550100",
                    "to",
                    "+14255557198",
                    "body",
                    body,
                    "expiresAt",
                    expiresAt.toString()))
            .post("/v1/messages")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              assertThat(Instant.now()).isAfter(expiresAt);
              message(id).body("status", equalTo("QUEUED"));
            });

    emulator.faults().setUnauthorized(false);

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> message(id).body("status", equalTo("EXPIRED")));
    message(id)
        .body("failure.code", equalTo("expired-before-send"))
        .body("expiresAt", equalTo(expiresAt.toString()));
    assertThat(emulator.messages().stream().filter(m -> body.equals(m.body())).count()).isZero();
    assertThat(emulator.requests().stream().filter(r -> String.valueOf(r.body()).contains(body)))
        .as("not even a refused request carried it")
        .isEmpty();
  }

  private String send(String to, String body) {
    return ApiMessages.sent(Tokens.all(emulator), "+12065550100", to, body);
  }

  private io.restassured.response.ValidatableResponse message(String id) {
    return ApiMessages.read(Tokens.all(emulator), id).statusCode(200);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
