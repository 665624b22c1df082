package dev.switchboard.api.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Map;

/** Messages sent and read back through the API with a caller's token, as a client does. */
public final class ApiMessages {

  private ApiMessages() {}

  /** {@code POST /v1/messages}, which must accept it (202): the new message's id. */
  public static String sent(String token, String from, String to, String body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("from", from, "to", to, "body", body))
        .post("/v1/messages")
        .then()
        .statusCode(202)
        .extract()
        .path("id");
  }

  /** {@code GET /v1/messages/{id}}, for the caller to check. */
  public static ValidatableResponse read(String token, String id) {
    return given().auth().oauth2(token).get("/v1/messages/" + id).then();
  }

  /** The message's status as the API shows it now. */
  public static String statusOf(String token, String id) {
    return read(token, id).extract().path("status");
  }

  /** Waits until the API shows the message (200) with this status. */
  public static void awaitStatus(String token, String id, String status, Duration atMost) {
    await()
        .atMost(atMost)
        .untilAsserted(() -> read(token, id).statusCode(200).body("status", equalTo(status)));
  }
}
