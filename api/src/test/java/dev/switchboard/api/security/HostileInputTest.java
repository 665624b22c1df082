package dev.switchboard.api.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Text PostgreSQL would refuse (a NUL character, an unpaired surrogate) is refused by our own
 * validation with a 400 {@code invalid-characters} problem wherever it comes in, never by the
 * database with a 500.
 */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class HostileInputTest {

  static final String TYPE = "https://switchboard.dev/problems/invalid-characters";
  static final String NUL = "\\u0000";
  static final String LONE_SURROGATE = "\\ud800";
  static final String HOOKS = "/webhooks/flowroute/" + SandboxServices.WEBHOOK_SECRET;

  FlowrouteEmulator emulator;

  RequestSpecification api() {
    return given()
        .config(
            RestAssuredConfig.config()
                .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset("UTF-8")))
        .urlEncodingEnabled(false)
        .auth()
        .oauth2(Tokens.all(emulator));
  }

  static ValidatableResponse refused(ValidatableResponse response) {
    return response
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo(TYPE))
        .body("detail", not(containsString("\u0000")));
  }

  /** A JSON body whose {@code field} holds {@code escape} (a JSON escape sequence) in its text. */
  static byte[] send(String field, String escape) {
    String from = field.equals("from") ? "+1206555" + escape + "0100" : "+12065550100";
    String body = field.equals("body") ? "hi " + escape + " there" : "hi";
    return ("{\"from\":\"" + from + "\",\"to\":\"+12065550191\",\"body\":\"" + body + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void a_nul_or_a_lone_surrogate_in_a_sent_message_is_refused() {
    for (String escape : new String[] {NUL, LONE_SURROGATE, "\\udc00", "a\\ud800b"}) {
      for (String field : new String[] {"body", "from"}) {
        refused(
            api()
                .contentType("application/json")
                .body(send(field, escape))
                .post("/v1/messages")
                .then());
      }
    }
  }

  @Test
  void a_pair_of_surrogates_is_an_ordinary_character_and_is_accepted() {
    api()
        .contentType("application/json")
        .body(send("body", "\\ud83d\\ude00"))
        .post("/v1/messages")
        .then()
        .statusCode(202)
        .body("body", equalTo("hi \ud83d\ude00 there"));
  }

  @Test
  void a_nul_in_a_media_url_is_refused() {
    refused(
        api()
            .contentType("application/json")
            .body(
                "{\"from\":\"+12065550100\",\"to\":\"+12065550191\","
                    + "\"mediaUrls\":[\"https://example.com/a"
                    + NUL
                    + ".png\"]}")
            .post("/v1/messages")
            .then());
  }

  @Test
  void a_nul_in_a_path_id_is_refused() {
    refused(api().get("/v1/messages/abc%00def").then());
    refused(api().get("/v1/numbers/%2B1206555%000100").then());
    refused(api().get("/v1/routes/12%0034").then());
    refused(api().delete("/v1/e911s/1%00").then());
  }

  @Test
  void a_nul_in_a_query_parameter_is_refused() {
    refused(api().get("/v1/messages?cursor=ab%00cd").then());
    refused(api().get("/v1/messages?number=%2B1206555%000100").then());
    refused(api().get("/v1/numbers?alias=front%00desk").then());
    refused(api().get("/v1/e911s?city=sea%00ttle").then());
    refused(api().get("/v1/cnams?value%00=x").then());
  }

  @Test
  void a_nul_in_an_alias_or_a_route_value_is_refused() {
    refused(
        api()
            .contentType("application/json")
            .body("{\"alias\":\"front" + NUL + "desk\"}")
            .patch("/v1/numbers/+12065550100")
            .then());
    refused(
        api()
            .contentType("application/json")
            .body("{\"type\":\"host\",\"value\":\"pbx" + NUL + ".example.com\",\"alias\":\"x\"}")
            .post("/v1/routes")
            .then());
    refused(
        api()
            .contentType("application/json")
            .body(
                "{\"type\":\"host\",\"value\":\"pbx.example.com\",\"alias\":\"x"
                    + LONE_SURROGATE
                    + "\"}")
            .post("/v1/routes")
            .then());
    refused(
        api()
            .contentType("application/json")
            .body("{\"value\":\"ACME" + NUL + "\"}")
            .post("/v1/cnams")
            .then());
  }

  @Test
  void a_nul_or_a_lone_surrogate_in_a_webhook_is_refused_and_nothing_is_kept() {
    String inbound =
        "{\"data\":{\"type\":\"message\",\"id\":\"mdr2-hostile-%s\",\"attributes\":{"
            + "\"from\":\"12065550177\",\"to\":\"12065550100\",\"body\":\"%s\","
            + "\"is_mms\":false,\"direction\":\"inbound\"}}}";
    for (String escape : new String[] {NUL, LONE_SURROGATE}) {
      for (String kind : new String[] {"sms", "mms"}) {
        refused(
            given()
                .contentType("application/json")
                .body(String.format(inbound, kind + escape.hashCode(), "stop" + escape))
                .post(HOOKS + "/" + kind)
                .then());
      }
    }
    refused(
        given()
            .contentType("application/json")
            .body(
                "{\"data\":{\"type\":\"delivery_receipt\",\"id\":\"mdr2-x"
                    + NUL
                    + "\","
                    + "\"attributes\":{\"status\":\"delivered\",\"level\":2}}}")
            .post(HOOKS + "/dlr")
            .then());
    refused(
        given()
            .contentType("application/json")
            .body(
                "{\"data\":{\"type\":\"delivery_receipt\",\"id\":\"mdr2-y\","
                    + "\"attributes\":{\"status\":\"delivered\","
                    + "\"status_code_description\":\"ok"
                    + LONE_SURROGATE
                    + "\"}}}")
            .post(HOOKS + "/dlr")
            .then());
    // None of the refused inbound messages was stored.
    api()
        .get("/v1/messages?number=%2B12065550177")
        .then()
        .statusCode(200)
        .body("data.size()", equalTo(0));
  }

  @Test
  void a_nul_in_the_webhook_path_is_refused() {
    refused(
        given()
            .urlEncodingEnabled(false)
            .contentType("application/json")
            .body("{}")
            .post(HOOKS + "%00/sms")
            .then());
  }
}
