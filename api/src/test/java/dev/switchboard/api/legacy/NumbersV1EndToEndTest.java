package dev.switchboard.api.legacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.api.registries.E911AddressesTest;
import dev.switchboard.api.support.BehindTheBack;
import dev.switchboard.api.support.OpenApiOperations;
import dev.switchboard.api.support.Purchases;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import dev.switchboard.sandbox.emulator.account.RouteRecord;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The API with {@code switchboard.flowroute.numbers-api=v1}: search, buy and route a number through
 * the emulator's Numbers v1 (HMAC-signed), see it in our inventory and at Flowroute, and the
 * operations v1 lacks answered with {@code not-available-with-numbers-v1}.
 */
@QuarkusTest
@TestProfile(LegacyVersionsProfile.class)
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class NumbersV1EndToEndTest {

  static final String NOT_AVAILABLE =
      "https://switchboard.dev/problems/not-available-with-numbers-v1";

  FlowrouteEmulator emulator;

  RequestSpecification api() {
    return given().auth().oauth2(Tokens.all(emulator));
  }

  @Test
  void searches_buys_and_routes_a_number_through_numbers_v1() {
    emulator.clearRequests();
    String number =
        api()
            .queryParam("startsWith", "206")
            .queryParam("limit", 3)
            .get("/v1/numbers/available")
            .then()
            .statusCode(200)
            .body("data.size()", equalTo(3))
            .body("data.number", everyItem(startsWith("+1206")))
            .extract()
            .path("data[1].number");

    api()
        .contentType(ContentType.JSON)
        .body(Map.of("number", number))
        .post("/v1/numbers")
        .then()
        .statusCode(201)
        .body("number", equalTo(number))
        .body("primaryRoute.id", equalTo("0"));

    String tag = UUID.randomUUID().toString().substring(0, 8);
    String pbx = route("host", "pbx.example.com:5060", "pbx-" + tag);
    String cell = route("number", "12065550177", "cell-" + tag);
    api()
        .contentType(ContentType.JSON)
        .body(Map.of("routeId", pbx))
        .put("/v1/numbers/" + number + "/routes/primary")
        .then()
        .statusCode(200)
        .body("primaryRoute.id", equalTo(pbx));
    api()
        .contentType(ContentType.JSON)
        .body(Map.of("routeId", cell))
        .put("/v1/numbers/" + number + "/routes/failover")
        .then()
        .statusCode(200)
        .body("failoverRoute.id", equalTo(cell))
        .body("failoverRoute.value", equalTo("12065550177"));

    api().get("/v1/numbers").then().statusCode(200).body("data.number", hasItem(number));
    api()
        .get("/v1/numbers/" + number)
        .then()
        .statusCode(200)
        .body("primaryRoute.id", equalTo(pbx))
        .body("failoverRoute.id", equalTo(cell));
    // Flowroute (its v2 view of the same account) has the routes by the names v1 gave them.
    var details = emulator.number(number.substring(1)).orElseThrow();
    assertThat(aliasOf(details.primaryRouteId())).isEqualTo("pbx-" + tag);
    assertThat(aliasOf(details.failoverRouteId())).isEqualTo("cell-" + tag);
    assertThat(emulator.requests())
        .allSatisfy(r -> assertThat(r.path()).doesNotStartWith("/v2/numbers"));
  }

  @Test
  void reconciles_the_inventory_with_numbers_v1() {
    BehindTheBack flowroute = new BehindTheBack(emulator);
    String boughtElsewhere = "+" + flowroute.availableIn("646", 0);
    flowroute.purchase(boughtElsewhere.substring(1));

    api()
        .post("/v1/inventory/reconciliations")
        .then()
        .statusCode(200)
        .body("numbers.added", hasItem(boughtElsewhere));

    api().get("/v1/numbers/" + boughtElsewhere).then().statusCode(200);
  }

  @Test
  void e911_cnam_and_other_v2_only_operations_are_not_available() {
    String number = Purchases.first(this::api, Map.of("startsWith", "425"));

    notAvailable(
        api()
            .contentType(ContentType.JSON)
            .body(E911AddressesTest.address("HQ", "3rd Ave"))
            .post("/v1/e911s")
            .then());
    notAvailable(
        api()
            .contentType(ContentType.JSON)
            .body(Map.of("value", "ACME CORP"))
            .post("/v1/cnams")
            .then());
    notAvailable(
        api()
            .contentType(ContentType.JSON)
            .body(Map.of("alias", "Front desk"))
            .patch("/v1/numbers/" + number)
            .then());
    notAvailable(api().delete("/v1/numbers/" + number).then());
    notAvailable(api().get("/v1/routes/edge-strategies").then());
    api().get("/v1/numbers/" + number).then().statusCode(200);
  }

  @Test
  void the_openapi_document_marks_what_numbers_v1_lacks() {
    JsonNode paths = OpenApiOperations.document().path("paths");

    for (String[] operation :
        new String[][] {
          {"/v1/e911s", "post"},
          {"/v1/e911s/validate", "post"},
          {"/v1/cnams", "post"},
          {"/v1/numbers/{number}", "delete"},
          {"/v1/numbers/{number}", "patch"},
          {"/v1/numbers/{number}/e911", "put"},
          {"/v1/numbers/{number}/cnam", "put"},
          {"/v1/routes/edge-strategies", "get"},
          {"/v1/routes/{id}", "delete"}
        }) {
      assertThat(paths.path(operation[0]).path(operation[1]).path("description").asText())
          .as(operation[1] + " " + operation[0])
          .contains("not-available-with-numbers-v1");
    }
  }

  private String route(String type, String value, String alias) {
    return api()
        .contentType(ContentType.JSON)
        .body(Map.of("type", type, "value", value, "alias", alias))
        .post("/v1/routes")
        .then()
        .statusCode(201)
        .body("alias", equalTo(alias))
        .extract()
        .path("id");
  }

  private String aliasOf(String routeId) {
    return emulator.routes().stream()
        .filter(r -> r.id().equals(routeId))
        .map(RouteRecord::alias)
        .findFirst()
        .orElseThrow();
  }

  private static void notAvailable(ValidatableResponse response) {
    response
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo(NOT_AVAILABLE))
        .body("detail", org.hamcrest.Matchers.containsString("Numbers v1"));
  }
}
