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
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class CallerNamesTest {

  FlowrouteEmulator emulator;
  SandboxKafka kafka;

  RequestSpecification api() {
    return given().auth().oauth2(Tokens.all(emulator));
  }

  static String uniqueName() {
    return "ACME " + ThreadLocalRandom.current().nextInt(100000, 999999);
  }

  String buyLocal() {
    return Purchases.first(this::api, Map.of("startsWith", "303"));
  }

  /** {@code POST /v1/cnams}: a caller name proposed for the carrier's review. */
  ValidatableResponse propose(String value) {
    return api()
        .contentType(ContentType.JSON)
        .body(Map.of("value", value))
        .post("/v1/cnams")
        .then();
  }

  @Test
  void a_caller_name_is_reviewed_picked_up_by_reconciliation_and_assigned() {
    String value = uniqueName();
    String id =
        propose(value).statusCode(201).body("status", equalTo("PENDING")).extract().path("id");
    String number = buyLocal();

    api()
        .contentType(ContentType.JSON)
        .body(Map.of("cnamId", id))
        .put("/v1/numbers/" + number + "/cnam")
        .then()
        .statusCode(409)
        .body("type", equalTo("https://switchboard.dev/problems/caller-name-not-approved"));

    given().post(emulator.url() + "/sandbox/cnams/" + id + "/approve").then().statusCode(200);
    api()
        .post("/v1/inventory/reconciliations")
        .then()
        .statusCode(200)
        .body("callerNamesApproved", hasItem(id));
    api().get("/v1/cnams/" + id).then().body("status", equalTo("APPROVED"));
    assertThat(
            Events.await(
                kafka.bootstrapServers(),
                "switchboard.numbers.v1",
                e -> ("cnam:" + id).equals(e.key()),
                1,
                Duration.ofSeconds(20)))
        .singleElement()
        .satisfies(e -> assertThat(e.header("ce_type")).isEqualTo("dev.switchboard.cnam.approved"));

    api()
        .contentType(ContentType.JSON)
        .body(Map.of("cnamId", id))
        .put("/v1/numbers/" + number + "/cnam")
        .then()
        .statusCode(200)
        .body("callerName.id", equalTo(id))
        .body("callerName.status", equalTo("APPROVED"));
    assertThat(
            Events.aboutNumber(
                kafka.bootstrapServers(),
                number,
                "dev.switchboard.number.cnam-changed",
                Duration.ofSeconds(20)))
        .hasSize(1);

    api()
        .contentType(ContentType.JSON)
        .body(Map.of("value", uniqueName()))
        .patch("/v1/cnams/" + id)
        .then()
        .statusCode(409)
        .body("type", equalTo("https://switchboard.dev/problems/caller-name-not-pending"));
    api()
        .delete("/v1/cnams/" + id)
        .then()
        .statusCode(409)
        .body("type", equalTo("https://switchboard.dev/problems/caller-name-in-use"));
    api()
        .delete("/v1/numbers/" + number + "/cnam")
        .then()
        .statusCode(200)
        .body("callerName", nullValue());
    api().delete("/v1/cnams/" + id).then().statusCode(204);
    api().get("/v1/cnams/" + id).then().statusCode(404);
  }

  @Test
  void a_pending_name_can_change_and_rules_and_duplicates_are_refused() {
    String value = uniqueName();
    String id = propose(value).statusCode(201).extract().path("id");
    String renamed = uniqueName();
    api()
        .contentType(ContentType.JSON)
        .body(Map.of("value", renamed))
        .patch("/v1/cnams/" + id)
        .then()
        .statusCode(200)
        .body("value", equalTo(renamed));
    api().queryParam("status", "pending").get("/v1/cnams").then().body("data.id", hasItem(id));

    propose(renamed)
        .statusCode(409)
        .body("type", equalTo("https://switchboard.dev/problems/duplicate-caller-name"));
    for (String bad : new String[] {"1234567", "WAY TOO LONG A NAME", "Hi!"}) {
      propose(bad)
          .statusCode(422)
          .body("type", equalTo("https://switchboard.dev/problems/invalid-caller-name"));
    }
  }

  @Test
  void a_rejected_name_is_told_with_its_reason() {
    String id = propose(uniqueName()).statusCode(201).extract().path("id");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "misleading"))
        .post(emulator.url() + "/sandbox/cnams/" + id + "/reject")
        .then()
        .statusCode(200);
    api()
        .post("/v1/inventory/reconciliations")
        .then()
        .statusCode(200)
        .body("callerNamesRejected", hasItem(id));
    api()
        .get("/v1/cnams/" + id)
        .then()
        .body("status", equalTo("REJECTED"))
        .body("rejectionReason", equalTo("misleading"));
  }
}
