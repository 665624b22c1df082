package dev.switchboard.api.registries;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
public class E911AddressesTest {

  FlowrouteEmulator emulator;
  SandboxKafka kafka;

  RequestSpecification api() {
    return given().auth().oauth2(Tokens.all(emulator));
  }

  /** A valid address (every field, a unit), as a client sends it. */
  public static Map<String, Object> address(String label, String street) {
    Map<String, Object> a = new HashMap<>();
    a.put("label", label);
    a.put("firstName", "Chris");
    a.put("lastName", "Smith");
    a.put("streetNumber", "1182");
    a.put("streetName", street);
    a.put("addressType", "Suite");
    a.put("addressTypeNumber", "100");
    a.put("city", "Seattle");
    a.put("state", "WA");
    a.put("country", "US");
    a.put("zip", "98101");
    return a;
  }

  String buy(String type) {
    return Purchases.first(this::api, Map.of("type", type));
  }

  @Test
  void validate_create_assign_list_update_unassign_and_delete_an_address() {
    String label = "HQ " + UUID.randomUUID().toString().substring(0, 6);
    Map<String, Object> hq = address(label, "3rd Ave");
    api().contentType(ContentType.JSON).body(hq).post("/v1/e911s/validate").then().statusCode(204);

    String id =
        api()
            .contentType(ContentType.JSON)
            .body(hq)
            .post("/v1/e911s")
            .then()
            .statusCode(201)
            .body("label", equalTo(label))
            .body("addressType", equalTo("Suite"))
            .extract()
            .path("id");
    api()
        .queryParam("label", label.toLowerCase())
        .get("/v1/e911s")
        .then()
        .body("data.id", hasItem(id));

    String number = buy("local");
    api()
        .contentType(ContentType.JSON)
        .body(Map.of("e911Id", id))
        .put("/v1/numbers/" + number + "/e911")
        .then()
        .statusCode(200)
        .body("e911Address.id", equalTo(id))
        .body("e911Address.streetName", equalTo("3rd Ave"));
    api().get("/v1/e911s/" + id + "/numbers").then().statusCode(200).body("data", hasItem(number));

    Map<String, Object> moved = address(label, "Pike St");
    api()
        .contentType(ContentType.JSON)
        .body(moved)
        .patch("/v1/e911s/" + id)
        .then()
        .statusCode(200)
        .body("streetName", equalTo("Pike St"));

    api()
        .delete("/v1/e911s/" + id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("https://switchboard.dev/problems/e911-in-use"));

    api()
        .delete("/v1/numbers/" + number + "/e911")
        .then()
        .statusCode(200)
        .body("e911Address", nullValue());
    api().delete("/v1/e911s/" + id).then().statusCode(204);
    api().get("/v1/e911s/" + id).then().statusCode(404);

    List<String> types =
        Events.await(
                kafka.bootstrapServers(),
                "switchboard.numbers.v1",
                e -> number.equals(e.key()) && e.header("ce_type").contains("e911"),
                2,
                Duration.ofSeconds(20))
            .stream()
            .map(e -> e911IdOf(e.value()) == null ? "removed" : "assigned")
            .toList();
    assertThat(types).containsExactly("assigned", "removed");
  }

  @Test
  void an_address_flowroute_cannot_geocode_is_a_clear_problem() {
    api()
        .contentType(ContentType.JSON)
        .body(address("Nowhere", "Imaginary Lane"))
        .post("/v1/e911s/validate")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("https://switchboard.dev/problems/address-not-found"))
        .body("detail", org.hamcrest.Matchers.containsString("geocode"));
  }

  @Test
  void our_own_rules_refuse_an_address_before_flowroute_is_asked() {
    int before = emulator.requests().size();
    Map<String, Object> bad = address("Bad zip", "3rd Ave");
    bad.put("zip", "9810");
    api()
        .contentType(ContentType.JSON)
        .body(bad)
        .post("/v1/e911s")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://switchboard.dev/problems/invalid-postal-code"));
    Map<String, Object> unitWithoutNumber = address("No unit number", "3rd Ave");
    unitWithoutNumber.remove("addressTypeNumber");
    api()
        .contentType(ContentType.JSON)
        .body(unitWithoutNumber)
        .post("/v1/e911s")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://switchboard.dev/problems/invalid-address"));
    Map<String, Object> wrongProvince = address("Wrong province", "3rd Ave");
    wrongProvince.put("country", "CA");
    api()
        .contentType(ContentType.JSON)
        .body(wrongProvince)
        .post("/v1/e911s")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://switchboard.dev/problems/invalid-state"));
    assertThat(emulator.requests()).hasSize(before);
  }

  @Test
  void a_duplicate_address_is_refused() {
    Map<String, Object> office = address("Office " + UUID.randomUUID(), "1st Ave");
    office.put("streetNumber", String.valueOf(2000 + new java.util.Random().nextInt(5000)));
    api().contentType(ContentType.JSON).body(office).post("/v1/e911s").then().statusCode(201);
    api()
        .contentType(ContentType.JSON)
        .body(office)
        .post("/v1/e911s")
        .then()
        .statusCode(409)
        .body("type", equalTo("https://switchboard.dev/problems/duplicate-address"));
  }

  @Test
  void a_toll_free_number_cannot_have_emergency_service() {
    Map<String, Object> site = address("Site " + UUID.randomUUID(), "Main St");
    String id =
        api()
            .contentType(ContentType.JSON)
            .body(site)
            .post("/v1/e911s")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String tollFree = buy("toll_free");
    api()
        .contentType(ContentType.JSON)
        .body(Map.of("e911Id", id))
        .put("/v1/numbers/" + tollFree + "/e911")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://switchboard.dev/problems/number-cannot-have-e911"))
        .body("detail", org.hamcrest.Matchers.containsString("emergency"));
  }

  static String e911IdOf(String json) {
    try {
      var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("e911Id");
      return node.isNull() ? null : node.asText();
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }
}
