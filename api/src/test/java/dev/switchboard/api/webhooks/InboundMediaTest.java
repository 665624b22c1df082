package dev.switchboard.api.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.api.support.Events;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.SandboxKafka;
import dev.switchboard.sandbox.SandboxPostgres;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import dev.switchboard.sandbox.emulator.messaging.InboundRequest;
import dev.switchboard.sandbox.emulator.messaging.MediaStore;
import dev.switchboard.storage.S3MediaStore;
import dev.switchboard.storage.S3ProxyServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Inbound media kept: each medium of an inbound MMS is copied from the emulator's expiring links
 * into a real S3-compatible server (S3Proxy) after the webhook is answered, told by {@code
 * message.media-archived}, and served by {@code GET /v1/messages/{id}/media/{n}}.
 */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class InboundMediaTest {

  static final String INBOUND_TOPIC = "switchboard.messages.inbound.v1";
  static final String OURS = "+12065550102";

  FlowrouteEmulator emulator;
  SandboxKafka kafka;
  SandboxPostgres postgres;
  S3ProxyServer s3;
  final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void mediaServerBack() {
    emulator.media().setDown(false);
    emulator.media().setLifetime(MediaStore.DEFAULT_LIFETIME);
  }

  @Test
  void each_medium_is_copied_told_and_served_from_our_storage_after_its_link_expired()
      throws Exception {
    emulator.media().setLifetime(Duration.ofSeconds(5));
    String body = "pictures " + UUID.randomUUID();
    emulator.sendInbound(
        InboundRequest.mms(aPhone(), OURS, body, List.of("https://a.test/1", "https://a.test/2")));
    String id = messageId(body);

    List<Events.Event> archived = archivedEvents(id, 2);
    assertThat(archived).hasSize(2);
    Set<Integer> indexes =
        archived.stream().map(e -> data(e).path("index").asInt()).collect(Collectors.toSet());
    assertThat(indexes).containsExactlyInAnyOrder(0, 1);
    JsonNode first = data(archived.get(0));
    assertThat(archived.get(0).key()).isEqualTo(OURS);
    assertThat(archived.get(0).header("ce_type"))
        .isEqualTo("dev.switchboard.message.media-archived");
    assertThat(first.path("url").asText()).startsWith("/v1/messages/" + id + "/media/");
    assertThat(first.path("contentType").asText()).isEqualTo("image/png");

    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .get("/v1/messages/" + id)
        .then()
        .statusCode(200)
        .body("media[1].archived.url", equalTo("/v1/messages/" + id + "/media/1"))
        .body("media[1].archived.contentType", equalTo("image/png"))
        .body("media[0].url", notNullValue());

    // Flowroute's link expires (here after 5 s); our copy does not.
    String original = first.path("originalUrl").asText();
    await().atMost(Duration.ofSeconds(10)).until(() -> status(original) == 403);
    byte[] png =
        emulator.media().get(original.replaceAll(".*/media/([^?]+).*", "$1")).orElseThrow();
    ExtractableResponse<Response> copy =
        given()
            .auth()
            .oauth2(Tokens.only(emulator, "messages:read"))
            .get("/v1/messages/" + id + "/media/0")
            .then()
            .statusCode(200)
            .contentType("image/png")
            .header("X-Content-Type-Options", "nosniff")
            .extract();
    assertThat(copy.asByteArray()).isEqualTo(png);

    // It is in the bucket, under its own key.
    try (S3MediaStore bucket = S3MediaStore.connect(s3.settings("switchboard-test-media"))) {
      assertThat(bucket.open("inbound/" + id + "/1")).isPresent();
    }
  }

  @Test
  void while_the_media_server_is_down_copies_wait_with_back_off_and_nothing_is_lost()
      throws Exception {
    emulator.media().setDown(true);
    String body = "down " + UUID.randomUUID();
    emulator.sendInbound(InboundRequest.mms(aPhone(), OURS, body, List.of("https://a.test/x")));
    String id = messageId(body);

    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> attempts(id) >= 2);
    medium(id, "0")
        .statusCode(409)
        .body("code", equalTo("media-not-archived"))
        .header("Retry-After", notNullValue());
    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .get("/v1/messages/" + id)
        .then()
        .statusCode(200)
        .body("media[0].archived", nullValue());
    assertThat(metric("switchboard_media_archive_failures_total{outcome=\"retry\"")).isPositive();

    emulator.media().setDown(false);

    assertThat(archivedEvents(id, 1)).hasSize(1);
    medium(id, "0").statusCode(200).contentType("image/png");
    assertThat(metric("switchboard_media_archived_total")).isPositive();
    assertThat(metricLine("switchboard_media_archive_backlog")).isNotNull();
  }

  @Test
  void a_link_that_expired_before_its_copy_is_given_up_after_its_last_attempt_and_says_so()
      throws Exception {
    emulator.media().setLifetime(Duration.ZERO);
    String body = "too late " + UUID.randomUUID();
    emulator.sendInbound(InboundRequest.mms(aPhone(), OURS, body, List.of("https://a.test/y")));
    String id = messageId(body);

    await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(state(id)));
    String lastError = query("SELECT last_error FROM media_archive WHERE message_id = ?", id);
    assertThat(lastError).contains("403").doesNotContain("expires=");
    medium(id, "0")
        .statusCode(409)
        .body("code", equalTo("media-not-archived"))
        .header("Retry-After", nullValue());
    assertThat(metric("switchboard_media_archive_given_up")).isPositive();
  }

  @Test
  void a_medium_that_does_not_exist_is_a_404_problem_and_reading_needs_messages_read()
      throws Exception {
    String body = "missing " + UUID.randomUUID();
    emulator.sendInbound(InboundRequest.mms(aPhone(), OURS, body, List.of("https://a.test/z")));
    String id = messageId(body);
    String token = Tokens.all(emulator);

    for (String n : List.of("1", "-1", "abc", "99999")) {
      given()
          .auth()
          .oauth2(token)
          .get("/v1/messages/" + id + "/media/" + n)
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("code", equalTo("media-not-found"));
    }
    given()
        .auth()
        .oauth2(token)
        .get("/v1/messages/" + UUID.randomUUID() + "/media/0")
        .then()
        .statusCode(404)
        .body("code", equalTo("message-not-found"));
    given().get("/v1/messages/" + id + "/media/0").then().statusCode(401);
    given()
        .auth()
        .oauth2(Tokens.only(emulator, "messages:send"))
        .get("/v1/messages/" + id + "/media/0")
        .then()
        .statusCode(403);
  }

  @Test
  void with_several_workers_every_medium_is_copied_and_told_exactly_once() throws Exception {
    String body = "four " + UUID.randomUUID();
    emulator.sendInbound(
        InboundRequest.mms(
            aPhone(),
            OURS,
            body,
            List.of(
                "https://a.test/1", "https://a.test/2", "https://a.test/3", "https://a.test/4")));
    String id = messageId(body);

    // Events.await reads on after the fourth, so a second copy of any medium would show.
    List<Events.Event> events = archivedEvents(id, 4);
    assertThat(archivedCount(id)).isEqualTo(4);
    assertThat(events.stream().map(e -> data(e).path("index").asInt()))
        .containsExactlyInAnyOrder(0, 1, 2, 3);
    assertThat(query("SELECT max(attempts)::text FROM media_archive WHERE message_id = ?", id))
        .isEqualTo("1");
  }

  // ---- helpers

  /** Our copy of a medium, asked for with every scope. */
  ValidatableResponse medium(String id, String n) {
    return given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .get("/v1/messages/" + id + "/media/" + n)
        .then();
  }

  static String aPhone() {
    return "+1425556" + ThreadLocalRandom.current().nextInt(1000, 9000);
  }

  /** The message's id, from the database: it is committed before the webhook is answered. */
  String messageId(String body) throws Exception {
    await().atMost(Duration.ofSeconds(20)).until(() -> byBody(body) != null);
    return byBody(body);
  }

  String byBody(String body) throws Exception {
    try (Connection c = connection();
        PreparedStatement statement =
            c.prepareStatement("SELECT id::text FROM messages WHERE body = ?")) {
      statement.setString(1, body);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  Connection connection() throws Exception {
    return DriverManager.getConnection(
        postgres.jdbcUrl(), SandboxPostgres.USER, SandboxPostgres.PASSWORD);
  }

  /** The media-archived events of a message, each once (the relay may deliver one twice). */
  List<Events.Event> archivedEvents(String id, int count) {
    return distinct(
        Events.await(
            kafka.bootstrapServers(),
            INBOUND_TOPIC,
            e ->
                "dev.switchboard.message.media-archived".equals(e.header("ce_type"))
                    && e.value().contains(id),
            count,
            Duration.ofSeconds(30)));
  }

  static List<Events.Event> distinct(List<Events.Event> events) {
    return List.copyOf(
        events.stream()
            .collect(
                Collectors.toMap(
                    e -> e.header("ce_id"), e -> e, (a, b) -> a, java.util.LinkedHashMap::new))
            .values());
  }

  JsonNode data(Events.Event event) {
    try {
      return json.readTree(event.value());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static int status(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  int attempts(String id) throws Exception {
    String value = query("SELECT max(attempts)::text FROM media_archive WHERE message_id = ?", id);
    return value == null ? 0 : Integer.parseInt(value);
  }

  String state(String id) throws Exception {
    return query("SELECT min(state) FROM media_archive WHERE message_id = ?", id);
  }

  int archivedCount(String id) throws Exception {
    return Integer.parseInt(
        query(
            "SELECT count(*)::text FROM media_archive WHERE message_id = ? AND state = 'ARCHIVED'",
            id));
  }

  String query(String sql, String id) throws Exception {
    try (Connection c = connection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setObject(1, UUID.fromString(id));
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  String metricLine(String prefix) {
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    return metrics.lines().filter(line -> line.startsWith(prefix)).findFirst().orElse(null);
  }

  double metric(String prefix) {
    String line = metricLine(prefix);
    assertThat(line).as("metric " + prefix).isNotNull();
    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
  }
}
