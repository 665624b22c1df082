package dev.switchboard.api.numbers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.api.support.Events;
import dev.switchboard.api.support.Purchases;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.SandboxKafka;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class NumbersLifecycleTest {

  static final String NUMBERS_TOPIC = "switchboard.numbers.v1";

  FlowrouteEmulator emulator;
  SandboxKafka kafka;

  RequestSpecification api() {
    return given().auth().oauth2(Tokens.all(emulator));
  }

  List<String> eventTypes(String number, int count) {
    return Events.await(
            kafka.bootstrapServers(),
            NUMBERS_TOPIC,
            e -> number.equals(e.key()),
            count,
            Duration.ofSeconds(20))
        .stream()
        .map(e -> e.header("ce_type"))
        .toList();
  }

  @Test
  void search_buy_route_rename_and_release_a_number_with_its_events() throws Exception {
    // Search the catalogue.
    String number =
        api()
            .queryParam("startsWith", "425")
            .queryParam("type", "local")
            .queryParam("limit", 5)
            .get("/v1/numbers/available")
            .then()
            .statusCode(200)
            .body("data.size()", greaterThan(0))
            .body("data[0].type", equalTo("LOCAL"))
            .extract()
            .path("data[2].number");

    // Buy it.
    Purchases.buyWithMessaging(this::api, number)
        .statusCode(201)
        .body("number", equalTo(number))
        .body("messagingEnabled", equalTo(true))
        .body("primaryRoute.id", equalTo("0"))
        .body("primaryRoute.type", equalTo("sip-reg"));
    api().get("/v1/numbers").then().statusCode(200).body("data.number", hasItem(number));

    // Two routes, primary and failover.
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String pbx =
        api()
            .contentType(ContentType.JSON)
            .body(Map.of("type", "host", "value", "pbx.example.com:5060", "alias", "pbx-" + tag))
            .post("/v1/routes")
            .then()
            .statusCode(201)
            .body("type", equalTo("host"))
            .extract()
            .path("id");
    String cell =
        api()
            .contentType(ContentType.JSON)
            .body(Map.of("type", "number", "value", "12065550177", "alias", "cell-" + tag))
            .post("/v1/routes")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    api()
        .contentType(ContentType.JSON)
        .body(Map.of("routeId", pbx))
        .put("/v1/numbers/" + number + "/routes/primary")
        .then()
        .statusCode(200)
        .body("primaryRoute.id", equalTo(pbx))
        .body("primaryRoute.value", equalTo("pbx.example.com:5060"));
    api()
        .contentType(ContentType.JSON)
        .body(Map.of("routeId", cell))
        .put("/v1/numbers/" + number + "/routes/failover")
        .then()
        .statusCode(200)
        .body("failoverRoute.id", equalTo(cell));

    // A route in use cannot be deleted.
    api()
        .delete("/v1/routes/" + pbx)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("https://switchboard.dev/problems/route-in-use"));

    // Rename.
    api()
        .contentType(ContentType.JSON)
        .body(Map.of("alias", "Front desk"))
        .patch("/v1/numbers/" + number)
        .then()
        .statusCode(200)
        .body("alias", equalTo("Front desk"));
    api()
        .queryParam("alias", "front desk")
        .get("/v1/numbers")
        .then()
        .body("data.number", hasItem(number));

    // Flowroute has the same picture.
    assertThat(emulatorDetails(number)).contains("Front desk").contains("\"" + pbx + "\"");

    // Release; the routes are free again.
    api().delete("/v1/numbers/" + number).then().statusCode(204);
    api()
        .get("/v1/numbers/" + number)
        .then()
        .statusCode(404)
        .body("type", equalTo("https://switchboard.dev/problems/number-not-found"));
    api().get("/v1/numbers").then().body("data.number", not(hasItem(number)));
    api().delete("/v1/routes/" + pbx).then().statusCode(204);

    assertThat(eventTypes(number, 5))
        .containsExactly(
            "dev.switchboard.number.purchased",
            "dev.switchboard.number.routes-changed",
            "dev.switchboard.number.routes-changed",
            "dev.switchboard.number.updated",
            "dev.switchboard.number.released");
    Events.Event routed =
        Events.await(
                kafka.bootstrapServers(),
                NUMBERS_TOPIC,
                e -> number.equals(e.key()),
                5,
                Duration.ofSeconds(20))
            .get(2);
    Map<?, ?> data = new ObjectMapper().readValue(routed.value(), Map.class);
    assertThat(data.get("primaryRoute")).isEqualTo(pbx);
    assertThat(data.get("failoverRoute")).isEqualTo(cell);
  }

  @Test
  void a_purchase_whose_messaging_could_not_be_enabled_is_reported_as_partial_success() {
    String number = Purchases.firstAvailable(this::api, Map.of("startsWith", "650"));
    emulator.faults().failNextMessagingProvisioning(1);
    Purchases.buyWithMessaging(this::api, number)
        .statusCode(207)
        .body("number.number", equalTo(number))
        .body("number.messagingEnabled", equalTo(false))
        .body(
            "partialFailure", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
    api()
        .get("/v1/numbers/" + number)
        .then()
        .statusCode(200)
        .body("messagingEnabled", equalTo(false));
  }

  @Test
  void lists_area_codes_exchanges_edge_strategies_and_routes() {
    api()
        .get("/v1/numbers/available/area-codes?limit=50")
        .then()
        .statusCode(200)
        .body("data", hasItem("206"));
    api()
        .get("/v1/numbers/available/exchanges?areaCode=206")
        .then()
        .statusCode(200)
        .body("data.size()", greaterThan(0));
    api().get("/v1/routes/edge-strategies").then().statusCode(200).body("id", hasItem(4));
    api().get("/v1/routes").then().statusCode(200).body("data.id", hasItem("0"));
  }

  String emulatorDetails(String number) {
    return given()
        .baseUri(emulator.url())
        .auth()
        .preemptive()
        .basic("1111111", "sandbox-secret-key")
        .get("/v2/numbers/" + number.substring(1))
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }
}
