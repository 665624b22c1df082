package dev.switchboard.api.security;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class MetricsTest {

  FlowrouteEmulator emulator;

  @Test
  void operators_see_the_queue_the_outbox_flowroute_outcomes_webhooks_and_final_states() {
    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .contentType(ContentType.JSON)
        .body(Map.of("from", "+12065550101", "to", "+14255556001", "body", "metrics"))
        .post("/v1/messages")
        .then()
        .statusCode(202);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                given()
                    .get("/q/metrics")
                    .then()
                    .statusCode(200)
                    .body(containsString("switchboard_messages_queued"))
                    .body(containsString("switchboard_outbox_pending"))
                    .body(containsString("switchboard_outbox_oldest_pending_seconds"))
                    .body(containsString("switchboard_outbox_relay_published_total"))
                    .body(containsString("switchboard_outbox_relay_failures 0.0"))
                    .body(containsString("switchboard_outbox_relay_running 1.0"))
                    .body(containsString("switchboard_outbox_relay_last_success_age_seconds"))
                    .body(
                        containsString("switchboard_flowroute_requests_total{outcome=\"accepted\""))
                    .body(containsString("switchboard_webhooks_total{kind=\"dlr\",outcome=\"ok\""))
                    .body(containsString("switchboard_messages_final_total{status=\"DELIVERED\""))
                    .body(not(containsString(SandboxServices.WEBHOOK_SECRET))));
  }
}
