package dev.switchboard.api.numbers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.switchboard.api.support.BehindTheBack;
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
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class ReconciliationTest {

  FlowrouteEmulator emulator;
  SandboxKafka kafka;

  RequestSpecification api() {
    return given().auth().oauth2(Tokens.all(emulator));
  }

  String buy(String elevenDigits) {
    api()
        .contentType(ContentType.JSON)
        .body(Map.of("number", elevenDigits))
        .post("/v1/numbers")
        .then()
        .statusCode(201);
    return "+" + elevenDigits;
  }

  @Test
  void drift_made_directly_at_flowroute_is_repaired_and_told() {
    BehindTheBack flowroute = new BehindTheBack(emulator);
    String renamed = buy(flowroute.availableIn("646", 0));
    String released = buy(flowroute.availableIn("646", 0));
    String boughtElsewhere = "+" + flowroute.availableIn("646", 0);

    flowroute.rename(renamed.substring(1), "Renamed at Flowroute");
    flowroute.release(released.substring(1));
    flowroute.purchase(boughtElsewhere.substring(1));

    api()
        .post("/v1/inventory/reconciliations")
        .then()
        .statusCode(200)
        .body("driftFound", equalTo(true))
        .body("numbers.changed", hasItem(renamed))
        .body("numbers.removed", hasItem(released))
        .body("numbers.added", hasItem(boughtElsewhere));

    api()
        .get("/v1/numbers/" + renamed)
        .then()
        .statusCode(200)
        .body("alias", equalTo("Renamed at Flowroute"));
    api().get("/v1/numbers/" + released).then().statusCode(404);
    api().get("/v1/numbers/" + boughtElsewhere).then().statusCode(200);
    api().get("/v1/inventory/reconciliations/last").then().statusCode(200);

    for (String number : new String[] {renamed, released, boughtElsewhere}) {
      assertThat(
              Events.aboutNumber(
                  kafka.bootstrapServers(),
                  number,
                  "dev.switchboard.number.drift-repaired",
                  Duration.ofSeconds(20)))
          .as("drift event of " + number)
          .hasSize(1);
    }

    // A second run finds nothing more to repair.
    api()
        .post("/v1/inventory/reconciliations")
        .then()
        .statusCode(200)
        .body("driftFound", equalTo(false));
    api().get("/v1/numbers").then().body("data.number", not(hasItem(released)));
  }

  /**
   * Flowroute's number documents never show messaging_enabled: a number bought with messaging keeps
   * it through reconciliations, with no drift event, before and after provisioning finishes.
   */
  @Test
  void a_messaging_number_keeps_its_setting_when_flowroute_does_not_show_it() {
    BehindTheBack flowroute = new BehindTheBack(emulator);
    String number = "+" + flowroute.availableIn("646", 0);
    Purchases.buyWithMessaging(this::api, number)
        .statusCode(201)
        .body("messagingEnabled", equalTo(true))
        .body("messagingSource", equalTo("REQUESTED"));

    api()
        .post("/v1/inventory/reconciliations")
        .then()
        .statusCode(200)
        .body("numbers.changed", not(hasItem(number)))
        .body("numbers.added", not(hasItem(number)));
    api()
        .get("/v1/numbers/" + number)
        .then()
        .statusCode(200)
        .body("messagingEnabled", equalTo(true))
        .body("messagingSource", equalTo("REQUESTED"));
    assertThat(
            Events.aboutNumber(
                kafka.bootstrapServers(),
                number,
                "dev.switchboard.number.drift-repaired",
                Duration.ofSeconds(3)))
        .isEmpty();
  }
}
