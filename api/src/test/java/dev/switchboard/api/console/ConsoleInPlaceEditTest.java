package dev.switchboard.api.console;

import static dev.switchboard.api.console.ConsoleSession.signedIn;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.api.registries.E911AddressesTest;
import dev.switchboard.api.support.Purchases;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The in-place edit rows of the address and caller-name lists, read as markup: what htmx swaps in,
 * where its form posts, and how a refusal is tied to the field. The browser test drives the routes'
 * row; these rows share its markup.
 */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class ConsoleInPlaceEditTest {

  private static final String CSRF = "forms-own-token";

  FlowrouteEmulator emulator;

  RequestSpecification api() {
    return given().auth().oauth2(Tokens.all(emulator));
  }

  @Test
  void an_address_opens_for_editing_in_its_own_row_with_every_field_filled() throws Exception {
    String label = "Edit " + UUID.randomUUID().toString().substring(0, 6);
    String id =
        api()
            .contentType(ContentType.JSON)
            .body(uniqueAddress(label, "Pine St"))
            .post("/v1/e911s")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    Response page = signedIn().get("/console/e911s/" + id + "/edit");

    assertThat(page.statusCode()).isEqualTo(200);
    String row = editingRow(page.body().asString(), "e911-" + id);
    String form =
        ("<form method=\"post\" action=\"/console/e911s/ID\" class=\"inline\""
                + " hx-post=\"/console/e911s/ID\" hx-target=\"#e911-ID\" hx-select=\"#e911-ID\""
                + " hx-swap=\"outerHTML\">")
            .replace("ID", id);
    assertThat(row)
        .contains(form)
        .contains("name=\"csrf-token\"")
        .contains("<strong>Address " + id + "</strong>")
        .contains("name=\"label\" id=\"edit-label-" + id + "\" value=\"" + label + "\"")
        .contains("name=\"streetName\" id=\"edit-streetName-" + id + "\" value=\"Pine St\"")
        .contains("name=\"addressType\" id=\"edit-addressType-" + id + "\" value=\"Suite\"")
        .contains("name=\"zip\" id=\"edit-zip-" + id + "\" value=\"98101\"")
        .contains(">Save address " + id + "</button>")
        .contains("<a href=\"/console/e911s\" hx-get=\"/console/e911s\"")
        .doesNotContain("aria-invalid")
        .doesNotContain("class=\"problem\"");
    assertThat(Pattern.compile("<input name=").matcher(row).results().count()).isEqualTo(11);
  }

  @Test
  void a_reviewed_caller_name_is_refused_in_its_row_next_to_its_field() throws Exception {
    String name = "EDIT " + ThreadLocalRandom.current().nextInt(100000, 999999);
    String id =
        api()
            .contentType(ContentType.JSON)
            .body(Map.of("value", name))
            .post("/v1/cnams")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given().post(emulator.url() + "/sandbox/cnams/" + id + "/approve").then().statusCode(200);
    api().post("/v1/inventory/reconciliations").then().statusCode(200);

    Response refused =
        signedIn()
            .cookie(ConsoleCsrf.NAME, CSRF)
            .contentType("application/x-www-form-urlencoded")
            .formParam(ConsoleCsrf.NAME, CSRF)
            .formParam("name", "RENAMED")
            .post("/console/caller-names/" + id);

    assertThat(refused.statusCode()).isEqualTo(422);
    String row = editingRow(refused.body().asString(), "cnam-" + id);
    assertThat(row)
        .contains("action=\"/console/caller-names/" + id + "\"")
        .contains("<strong>Caller name " + id + "</strong>")
        .contains("value=\"RENAMED\" maxlength=\"15\"")
        .contains("aria-invalid=\"true\" aria-describedby=\"edit-problem-" + id + "\"")
        .containsPattern("<p class=\"problem\" role=\"alert\" id=\"edit-problem-" + id + "\">\\S")
        .contains(">Save caller name " + id + "</button>");
  }

  @Test
  void an_address_in_use_is_refused_on_its_row_with_its_actions_kept() throws Exception {
    String id =
        api()
            .contentType(ContentType.JSON)
            .body(uniqueAddress("In use", "Pike St"))
            .post("/v1/e911s")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String number = Purchases.first(this::api, Map.of("type", "local"));
    api()
        .contentType(ContentType.JSON)
        .body(Map.of("e911Id", id))
        .put("/v1/numbers/" + number + "/e911")
        .then()
        .statusCode(200);

    Response refused =
        signedIn()
            .cookie(ConsoleCsrf.NAME, CSRF)
            .contentType("application/x-www-form-urlencoded")
            .formParam(ConsoleCsrf.NAME, CSRF)
            .post("/console/e911s/" + id + "/delete");

    assertThat(refused.statusCode()).isEqualTo(409);
    Matcher row =
        Pattern.compile("<tr id=\"e911-" + Pattern.quote(id) + "\">(.*?)</tr>", Pattern.DOTALL)
            .matcher(refused.body().asString());
    assertThat(row.find()).as("the address's row").isTrue();
    assertThat(row.group(1))
        .contains(
            "href=\"/console/e911s/" + id + "/edit\" hx-get=\"/console/e911s/" + id + "/edit\"")
        .contains(">Edit address " + id + "</a>")
        .contains("action=\"/console/e911s/" + id + "/delete\"")
        .contains(">Delete address " + id + "</button>")
        .containsPattern("<p class=\"problem\" role=\"alert\" id=\"row-problem-" + id + "\">\\S");
  }

  /**
   * A valid address no other test has: Flowroute refuses a second address at the same place
   * ("Duplicate address."), and the street number is free where the emulator geocodes.
   */
  private static Map<String, Object> uniqueAddress(String label, String street) {
    Map<String, Object> address = E911AddressesTest.address(label, street);
    address.put("streetNumber", String.valueOf(ThreadLocalRandom.current().nextInt(2000, 99999)));
    return address;
  }

  /** The one row being edited, by its id: what htmx selects out of the answer. */
  private static String editingRow(String page, String rowId) {
    Matcher row =
        Pattern.compile(
                "<tr id=\"" + Pattern.quote(rowId) + "\" class=\"editing\">(.*?)</tr>",
                Pattern.DOTALL)
            .matcher(page);
    assertThat(row.find()).as("an editing row " + rowId).isTrue();
    return row.group(1);
  }
}
