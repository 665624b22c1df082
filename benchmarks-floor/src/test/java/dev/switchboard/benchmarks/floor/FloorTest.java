package dev.switchboard.benchmarks.floor;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.switchboard.benchmarks.Ceiling;
import dev.switchboard.sandbox.SandboxPostgres;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The floor answers as the harness expects of the API's endpoints, and only once a row is
 * committed: a figure measured against a floor that answered early or refused would mean nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = FloorServices.class, restrictToAnnotatedClass = true)
class FloorTest {

  FlowrouteEmulator emulator;
  SandboxPostgres postgres;

  @Test
  void a_webhook_is_answered_200_with_its_row_already_committed() throws Exception {
    String id = "mdr2-" + UUID.randomUUID().toString().replace("-", "");
    given()
        .contentType(ContentType.JSON)
        .body(webhook(id))
        .post("/floor/webhooks/" + FloorServices.WEBHOOK_SECRET)
        .then()
        .statusCode(200);

    assertThat(rows("flowroute_id", id)).isEqualTo(1);
  }

  @Test
  void a_webhook_on_another_secret_is_not_found_and_stores_nothing() throws Exception {
    String id = "mdr2-" + UUID.randomUUID().toString().replace("-", "");
    given()
        .contentType(ContentType.JSON)
        .body(webhook(id))
        .post("/floor/webhooks/another-secret")
        .then()
        .statusCode(404);

    assertThat(rows("flowroute_id", id)).isZero();
  }

  @Test
  void a_send_is_answered_202_with_its_queued_message_once_committed() throws Exception {
    String key = UUID.randomUUID().toString();
    String id =
        given()
            .auth()
            .oauth2(emulator.tokens().issue())
            .header("Idempotency-Key", key)
            .contentType(ContentType.JSON)
            .body("{\"from\":\"+12065550100\",\"to\":\"+12065550123\",\"body\":\"Hello\"}")
            .post("/floor/messages")
            .then()
            .statusCode(202)
            .body("status", equalTo("QUEUED"))
            .body("to", equalTo("+12065550123"))
            .extract()
            .path("id");

    assertThat(rows("idempotency_key", key)).isEqualTo(1);
    assertThat(rows("id", id)).isEqualTo(1);
  }

  @Test
  void a_send_without_a_token_or_without_the_send_scope_is_refused() {
    String send = "{\"from\":\"+12065550100\",\"to\":\"+12065550123\",\"body\":\"Hello\"}";
    given().contentType(ContentType.JSON).body(send).post("/floor/messages").then().statusCode(401);
    given()
        .auth()
        .oauth2(emulator.tokens().issue(Set.of("messages:read")))
        .contentType(ContentType.JSON)
        .body(send)
        .post("/floor/messages")
        .then()
        .statusCode(403);
  }

  @Test
  void the_open_send_endpoint_takes_the_same_send_without_a_token() throws Exception {
    String key = UUID.randomUUID().toString();
    given()
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body("{\"from\":\"+12065550100\",\"to\":\"+12065550124\",\"body\":\"Hello\"}")
        .post("/floor/messages-without-token")
        .then()
        .statusCode(202)
        .body("status", equalTo("QUEUED"));

    assertThat(rows("idempotency_key", key)).isEqualTo(1);
  }

  private long rows(String column, String value) throws Exception {
    try (Connection c = Ceiling.connect(postgres.jdbcUrl());
        PreparedStatement s =
            c.prepareStatement(
                "SELECT count(*) FROM ceiling_group_messages WHERE " + column + "::text = ?")) {
      s.setString(1, value);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static String webhook(String id) {
    return "{\"data\":{\"type\":\"message\",\"id\":\""
        + id
        + "\",\"attributes\":{\"body\":\"Hi\",\"direction\":\"inbound\","
        + "\"from\":\"12065550123\",\"is_mms\":false,\"to\":\"12065550100\"}}}";
  }
}
