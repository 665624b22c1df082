package dev.switchboard.api.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A body above switchboard.http.max-body-size (256 KiB) is a 413 problem, on /v1 and webhooks. */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class BodyLimitTest {

  static final String TYPE = "https://switchboard.dev/problems/request-body-too-large";

  FlowrouteEmulator emulator;

  static String sms(int bodyLength) {
    return "{\"from\":\"+12065550100\",\"to\":\"+12065550191\",\"body\":\""
        + "a".repeat(bodyLength)
        + "\"}";
  }

  @Test
  void a_send_above_the_limit_is_a_413_problem() {
    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .contentType("application/json")
        .body(sms(300 * 1024))
        .post("/v1/messages")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("type", equalTo(TYPE))
        .body("status", equalTo(413));
  }

  @Test
  void a_webhook_above_the_limit_is_a_413_problem() {
    given()
        .contentType("application/json")
        .body(sms(300 * 1024))
        .post("/webhooks/flowroute/" + SandboxServices.WEBHOOK_SECRET + "/sms")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("type", equalTo(TYPE));
  }

  @Test
  void a_body_under_the_limit_reaches_the_validation() {
    // 200 KiB is read and judged on its content: a text over 1600 characters is a 422.
    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .contentType("application/json")
        .body(sms(200 * 1024))
        .post("/v1/messages")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://switchboard.dev/problems/body-too-long"));
  }
}
