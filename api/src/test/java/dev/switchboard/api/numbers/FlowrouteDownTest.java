package dev.switchboard.api.numbers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.switchboard.api.support.BehindTheBack;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class FlowrouteDownTest {

  FlowrouteEmulator emulator;

  RequestSpecification api() {
    return given().auth().oauth2(Tokens.all(emulator));
  }

  @Test
  void the_inventory_is_read_while_flowroute_is_down_and_changes_are_refused_clearly() {
    BehindTheBack flowroute = new BehindTheBack(emulator);
    String available = flowroute.availableIn("212", 0);
    api()
        .contentType(ContentType.JSON)
        .body(Map.of("number", available))
        .post("/v1/numbers")
        .then()
        .statusCode(201);
    String number = "+" + available;

    flowroute.setDown(true);
    try {
      api().get("/v1/numbers").then().statusCode(200).body("data.number", hasItem(number));
      api().get("/v1/numbers/" + number).then().statusCode(200).body("number", equalTo(number));
      api()
          .contentType(ContentType.JSON)
          .body(Map.of("alias", "while down"))
          .patch("/v1/numbers/" + number)
          .then()
          .statusCode(503)
          .contentType("application/problem+json")
          .header("Retry-After", org.hamcrest.Matchers.notNullValue())
          .body("type", equalTo("https://switchboard.dev/problems/flowroute-unavailable"));
      api()
          .get("/v1/numbers/available?startsWith=212")
          .then()
          .statusCode(503)
          .body("type", equalTo("https://switchboard.dev/problems/flowroute-unavailable"));
    } finally {
      flowroute.setDown(false);
    }
    api().get("/v1/numbers/" + number).then().statusCode(200).body("alias", equalTo(null));
  }
}
