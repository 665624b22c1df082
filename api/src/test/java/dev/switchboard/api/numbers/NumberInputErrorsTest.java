package dev.switchboard.api.numbers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class NumberInputErrorsTest {

  FlowrouteEmulator emulator;

  RequestSpecification api() {
    return given().auth().oauth2(Tokens.all(emulator));
  }

  static void problem(ValidatableResponse response, int status, String code) {
    response
        .statusCode(status)
        .contentType("application/problem+json")
        .body("type", equalTo("https://switchboard.dev/problems/" + code))
        .body("status", equalTo(status));
  }

  @Test
  void malformed_and_unknown_numbers_are_problems() {
    problem(api().get("/v1/numbers/not-a-number").then(), 422, "invalid-phone-number");
    problem(api().get("/v1/numbers/+19995550100").then(), 404, "number-not-found");
    problem(
        api()
            .contentType(ContentType.JSON)
            .body(Map.of("alias", "x"))
            .patch("/v1/numbers/+19995550100")
            .then(),
        404,
        "number-not-found");
    problem(
        api()
            .contentType(ContentType.JSON)
            .body(Map.of("number", "+19995550100"))
            .post("/v1/numbers")
            .then(),
        404,
        "number-not-found");
  }

  @Test
  void catalogue_searches_follow_flowroutes_rules() {
    problem(
        api().get("/v1/numbers/available?rateCenter=seattle").then(),
        422,
        "rate-center-needs-state");
    problem(api().get("/v1/numbers/available?limit=500").then(), 422, "invalid-limit");
    problem(api().get("/v1/numbers/available?limit=ten").then(), 400, "invalid-query-parameter");
    problem(api().get("/v1/numbers/available?orderBy=colour,asc").then(), 422, "invalid-order");
    problem(api().get("/v1/numbers/available?orderBy=setup_cost,asc").then(), 422, "invalid-order");
    problem(api().get("/v1/numbers/available/area-codes?limit=401").then(), 422, "invalid-limit");
  }

  @Test
  void bad_routes_and_assignments_are_problems() {
    problem(
        api()
            .contentType(ContentType.JSON)
            .body(Map.of("type", "host", "value", "not a host", "alias", "bad"))
            .post("/v1/routes")
            .then(),
        422,
        "invalid-route-value");
    problem(
        api()
            .contentType(ContentType.JSON)
            .body(Map.of("type", "uri", "value", "sip:a@b.com;weight=5000", "alias", "heavy"))
            .post("/v1/routes")
            .then(),
        422,
        "invalid-route-value");
    problem(
        api()
            .contentType(ContentType.JSON)
            .body(Map.of("type", "carrier-pigeon", "value", "x", "alias", "bird"))
            .post("/v1/routes")
            .then(),
        422,
        "invalid-route-type");
    problem(api().delete("/v1/routes/0").then(), 422, "built-in-route");
    problem(api().get("/v1/routes/987654").then(), 404, "route-not-found");
    problem(
        api()
            .contentType(ContentType.JSON)
            .body(Map.of("routeId", "987654"))
            .put("/v1/numbers/+19995550100/routes/primary")
            .then(),
        404,
        "number-not-found");
    problem(
        api()
            .contentType(ContentType.JSON)
            .body(Map.of("routeId", "0"))
            .put("/v1/numbers/+12065550100/routes/sideways")
            .then(),
        422,
        "invalid-route-slot");
  }

  @Test
  void numbers_need_the_numbers_scopes() {
    given()
        .auth()
        .oauth2(Tokens.only(emulator, "messages:read"))
        .get("/v1/numbers")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.only(emulator, "numbers:read"))
        .contentType(ContentType.JSON)
        .body(Map.of("number", "+12065550100"))
        .post("/v1/numbers")
        .then()
        .statusCode(403);
  }
}
