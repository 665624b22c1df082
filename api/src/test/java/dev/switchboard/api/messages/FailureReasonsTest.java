package dev.switchboard.api.messages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.api.support.ApiMessages;
import dev.switchboard.api.support.Events;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.SandboxKafka;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A stored failure reason, and the event that publishes it, carry Flowroute's words without our
 * webhook secret, even when Flowroute quotes the receipt callback URL that holds it.
 */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class FailureReasonsTest {

  FlowrouteEmulator emulator;
  SandboxKafka kafka;

  @Test
  void flowroutes_error_quoting_our_callback_is_stored_and_published_without_the_secret() {
    emulator.faults().failNextSends(1, 422, "dlr_callback {dlr_callback} is not reachable");
    String id;
    try {
      id =
          given()
              .auth()
              .oauth2(Tokens.all(emulator))
              .contentType(ContentType.JSON)
              .body(
                  Map.of(
                      "from",
                      "+12065550100",
                      "to",
                      "+12065550187",
                      "body",
                      "quoted " + UUID.randomUUID()))
              .post("/v1/messages")
              .then()
              .statusCode(202)
              .extract()
              .path("id");
      String messageId = id;
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> "FAILED".equals(ApiMessages.statusOf(Tokens.all(emulator), messageId)));
    } finally {
      emulator.faults().reset();
    }

    String reason =
        ApiMessages.read(Tokens.all(emulator), id).statusCode(200).extract().path("failure.reason");
    assertThat(reason)
        .contains("is not reachable")
        .contains("/webhooks/flowroute/****/dlr")
        .doesNotContain(SandboxServices.WEBHOOK_SECRET);

    String messageId = id;
    List<Events.Event> failed =
        Events.await(
            kafka.bootstrapServers(),
            "switchboard.messages.status.v1",
            e -> messageId.equals(e.key()) && e.value().contains("FAILED"),
            1,
            Duration.ofSeconds(20));
    assertThat(failed).isNotEmpty();
    assertThat(failed)
        .allSatisfy(e -> assertThat(e.value()).doesNotContain(SandboxServices.WEBHOOK_SECRET));
  }
}
