package dev.switchboard.api.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.switchboard.api.support.ApiMessages;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class InputErrorsTest {

  FlowrouteEmulator emulator;

  void expectProblem(Object body, int status, String code) {
    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/v1/messages")
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("type", equalTo("https://switchboard.dev/problems/" + code))
        .body("title", notNullValue())
        .body("detail", notNullValue())
        .body("status", equalTo(status));
  }

  @Test
  void a_malformed_number_is_422() {
    expectProblem(
        Map.of("from", "+12065550100", "to", "+44123", "body", "x"), 422, "invalid-phone-number");
  }

  @Test
  void a_missing_body_is_422() {
    expectProblem(Map.of("from", "+12065550100", "to", "+12065550191"), 422, "missing-body");
  }

  Map<String, Object> mms(Object mediaUrls, String body) {
    Map<String, Object> request = new java.util.HashMap<>();
    request.put("from", "+12065550100");
    request.put("to", "+12065550191");
    request.put("mediaUrls", mediaUrls);
    if (body != null) {
      request.put("body", body);
    }
    return request;
  }

  @Test
  void rejects_an_mms_with_more_than_ten_media() {
    expectProblem(
        mms(java.util.Collections.nCopies(11, "https://example.com/a.png"), null),
        422,
        "too-many-media");
  }

  @Test
  void rejects_a_media_url_that_is_not_an_absolute_http_url() {
    expectProblem(mms(List.of("ftp://example.com/a.png"), null), 422, "invalid-media-url");
    expectProblem(mms(List.of("/a.png"), null), 422, "invalid-media-url");
    expectProblem(
        mms(List.of("https://example.com/" + "a".repeat(2000)), null), 422, "invalid-media-url");
  }

  @Test
  void rejects_an_mms_text_over_1600_characters() {
    expectProblem(
        mms(List.of("https://example.com/a.png"), "a".repeat(1601)), 422, "body-too-long");
  }

  @Test
  void media_urls_of_the_wrong_type_are_400() {
    expectProblem(
        "{\"from\": \"+12065550100\", \"to\": \"+12065550191\", \"mediaUrls\": \"x\"}",
        400,
        "malformed-request");
  }

  @Test
  void json_that_does_not_parse_is_400() {
    expectProblem("{\"from\": ", 400, "malformed-request");
  }

  @Test
  void a_field_of_the_wrong_type_is_400() {
    expectProblem(
        "{\"from\": [1], \"to\": \"+12065550191\", \"body\": \"x\"}", 400, "malformed-request");
  }

  @Test
  void an_unknown_message_is_404_and_a_bad_id_is_422() {
    ApiMessages.read(Tokens.all(emulator), UUID.randomUUID().toString())
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("https://switchboard.dev/problems/message-not-found"));
    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .get("/v1/messages/not-an-id")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://switchboard.dev/problems/invalid-message-id"));
  }

  @Test
  void bad_list_filters_are_problems_not_500s() {
    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .get("/v1/messages?status=LOST")
        .then()
        .statusCode(400)
        .body("type", equalTo("https://switchboard.dev/problems/invalid-query-parameter"));
    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .get("/v1/messages?limit=0")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://switchboard.dev/problems/invalid-limit"));
    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .get("/v1/messages?cursor=nonsense")
        .then()
        .statusCode(400)
        .body("type", equalTo("https://switchboard.dev/problems/invalid-cursor"));
  }

  /** Every cursor listing reads its page size and cursor through the same {@code PageQuery}. */
  @ParameterizedTest
  @ValueSource(strings = {"/v1/messages", "/v1/numbers", "/v1/cnams", "/v1/e911s", "/v1/opt-outs"})
  void every_cursor_listing_honours_a_page_size_and_refuses_a_malformed_one(String listing) {
    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .get(listing + "?limit=ten")
        .then()
        .statusCode(400)
        .body("type", equalTo("https://switchboard.dev/problems/invalid-query-parameter"))
        .body("detail", equalTo("limit must be a whole number"));
    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .get(listing + "?limit=1&cursor=")
        .then()
        .statusCode(200)
        .body("data.size()", lessThanOrEqualTo(1));
  }

  @Test
  void a_problem_never_shows_an_exceptions_own_text() {
    for (String body :
        new String[] {
          "{\"from\": [1], \"to\": \"+12065550191\", \"body\": \"x\"}",
          "{\"from\": ",
          "{\"mediaUrls\": {\"a\": 1}}",
          "[1, 2]",
          "{\"from\": \"+12065550100\", \"to\": {\"deep\": [true]}, \"body\": \"x\"}"
        }) {
      String detail =
          given()
              .auth()
              .oauth2(Tokens.all(emulator))
              .contentType(ContentType.JSON)
              .body(body)
              .post("/v1/messages")
              .then()
              .statusCode(400)
              .contentType("application/problem+json")
              .extract()
              .path("detail");
      org.assertj.core.api.Assertions.assertThat(detail)
          .doesNotContain("dev.switchboard")
          .doesNotContain("java.")
          .doesNotContain("com.fasterxml")
          .doesNotContain("Exception")
          .doesNotContain("line:");
    }
  }
}
