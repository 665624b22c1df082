package dev.switchboard.api.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class AccessTest {

  static final Map<String, String> SMS =
      Map.of("from", "+12065550100", "to", "+12065550190", "body", "hi");

  FlowrouteEmulator emulator;

  @Test
  void a_call_without_a_token_is_401_with_a_problem() {
    given()
        .contentType(ContentType.JSON)
        .body(SMS)
        .post("/v1/messages")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer")
        .body("type", equalTo("https://switchboard.dev/problems/unauthorized"))
        .body("status", equalTo(401));
  }

  @Test
  void a_forged_token_is_401() {
    String token = Tokens.all(emulator);
    String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA";
    given()
        .auth()
        .oauth2(forged)
        .get("/v1/messages")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void a_token_without_the_send_scope_is_403() {
    given()
        .auth()
        .oauth2(Tokens.only(emulator, "messages:read"))
        .contentType(ContentType.JSON)
        .body(SMS)
        .post("/v1/messages")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("https://switchboard.dev/problems/forbidden"));
  }

  @Test
  void a_token_without_the_read_scope_cannot_list() {
    given()
        .auth()
        .oauth2(Tokens.only(emulator, "messages:send"))
        .get("/v1/messages")
        .then()
        .statusCode(403);
  }

  @Test
  void health_metrics_and_openapi_need_no_token() {
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", org.hamcrest.Matchers.hasItems("Kafka connection health check"));
    // The readiness probe's group holds the database only (a Kafka outage must not unready pods).
    given()
        .get("/q/health/group/serving")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", org.hamcrest.Matchers.contains("Database connections health check"));
    given().get("/q/metrics").then().statusCode(200);
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("paths", hasKey("/v1/messages"));
  }
}
