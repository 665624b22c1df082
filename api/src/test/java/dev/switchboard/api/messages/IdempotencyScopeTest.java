package dev.switchboard.api.messages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.switchboard.api.support.ApiMessages;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Idempotency keys belong to the caller that used them, and name their message for 24 hours. */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class IdempotencyScopeTest {

  static final Map<String, String> SMS =
      Map.of("from", "+12065550100", "to", "+12065550192", "body", "same key");

  FlowrouteEmulator emulator;

  @Inject AgroalDataSource database;

  String send(String token, String key, String replayed) {
    return given()
        .auth()
        .oauth2(token)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(SMS)
        .post("/v1/messages")
        .then()
        .statusCode(202)
        .header("Idempotent-Replayed", replayed)
        .extract()
        .path("id");
  }

  @Test
  void two_callers_with_the_same_key_get_two_messages() {
    String key = "order-" + UUID.randomUUID();
    String alice = send(Tokens.of(emulator, "alice"), key, "false");
    String bob = send(Tokens.of(emulator, "bob"), key, "false");

    assertThat(bob).isNotEqualTo(alice);
    // Each caller's repeat is still its own replay.
    assertThat(send(Tokens.of(emulator, "alice"), key, "true")).isEqualTo(alice);
    assertThat(send(Tokens.of(emulator, "bob"), key, "true")).isEqualTo(bob);
  }

  @Test
  void a_caller_cannot_see_another_callers_message_through_a_conflicting_key() {
    String key = "probe-" + UUID.randomUUID();
    send(Tokens.of(emulator, "carol"), key, "false");
    // Another body under the same key is only a conflict for the caller who used the key.
    given()
        .auth()
        .oauth2(Tokens.of(emulator, "dave"))
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(Map.of("from", "+12065550100", "to", "+12065550193", "body", "other"))
        .post("/v1/messages")
        .then()
        .statusCode(202)
        .header("Idempotent-Replayed", "false");
  }

  @Test
  void a_key_makes_a_new_message_once_it_has_expired() throws Exception {
    String key = "daily-" + UUID.randomUUID();
    String token = Tokens.of(emulator, "erin");
    String first = send(token, key, "false");
    assertThat(send(token, key, "true")).isEqualTo(first);

    // Once the dispatcher and the receipts are done with the row (they write it whole), the
    // message is made 25 hours old: past the default 24 h lifetime of its key.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "DELIVERED".equals(ApiMessages.statusOf(token, first)));
    try (Connection connection = database.getConnection();
        PreparedStatement backdate =
            connection.prepareStatement(
                "UPDATE messages SET created_at = created_at - interval '25 hours'"
                    + " WHERE id = ?")) {
      backdate.setObject(1, UUID.fromString(first));
      assertThat(backdate.executeUpdate()).isEqualTo(1);
    }

    String second = send(token, key, "false");
    assertThat(second).isNotEqualTo(first);
    assertThat(send(token, key, "true")).isEqualTo(second);
    // The first message is still there, without its key.
    ApiMessages.read(token, first).statusCode(200).body("id", equalTo(first));
  }
}
