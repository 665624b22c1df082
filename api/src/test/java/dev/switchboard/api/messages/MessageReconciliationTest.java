package dev.switchboard.api.messages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.api.support.Events;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.domain.messaging.reconciliation.MessageReconciliationReport;
import dev.switchboard.domain.messaging.reconciliation.usecase.ReconcileMessages;
import dev.switchboard.persistence.reconciliation.PostgresReconciliationRuns;
import dev.switchboard.sandbox.SandboxKafka;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import dev.switchboard.sandbox.emulator.control.LoggedRequest;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The message reconciliation against the real stack: Flowroute's records read from the emulator
 * over HTTP, messages in PostgreSQL, events on Kafka.
 */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class MessageReconciliationTest {

  private static final String STATUS_TOPIC = "switchboard.messages.status.v1";
  private static final String OURS = "12065550100";

  FlowrouteEmulator emulator;
  SandboxKafka kafka;

  @Inject ReconcileMessages reconcileMessages;
  @Inject MessageReconciliationConfig config;
  @Inject PostgresReconciliationRuns runs;
  @Inject ObjectMapper json;
  @Inject MeterRegistry registry;
  @Inject AgroalDataSource dataSource;

  private final HttpClient http = HttpClient.newHttpClient();

  /** The settings of a replica under test: the application's, with another page size. */
  private record Settings(
      boolean enabled,
      Duration interval,
      Duration initialDelay,
      Duration window,
      Duration grace,
      int pageSize)
      implements MessageReconciliationConfig {}

  /** A replica of its own: the same use case and database, another scheduler. */
  private MessageReconciler replica(int pageSize) {
    MessageReconciliationConfig small =
        new Settings(
            true,
            config.interval(),
            config.initialDelay(),
            config.window(),
            config.grace(),
            pageSize);
    return new MessageReconciler(reconcileMessages, small, runs, json, registry);
  }

  @Test
  void messages_stuck_in_sent_are_settled_from_their_records_once_whatever_receipts_come_later()
      throws Exception {
    String delivers = "+13125550123";
    String fails = "+13125550007";
    emulator.faults().withholdReceiptsTo(List.of(delivers, fails));
    try {
      String delivered = send(delivers, "never confirmed " + UUID.randomUUID());
      String failed = send(fails, "never confirmed " + UUID.randomUUID());
      awaitStatus(delivered, "SENT");
      awaitStatus(failed, "SENT");

      // Once the grace has passed and the records are final, a run settles both.
      MessageReconciler reconciler = replica(200);
      await()
          .atMost(Duration.ofSeconds(20))
          .pollInterval(Duration.ofMillis(300))
          .untilAsserted(
              () -> {
                reconciler.runNow();
                assertThat(status(delivered)).isEqualTo("DELIVERED");
                assertThat(status(failed)).isEqualTo("FAILED");
              });
      given()
          .auth()
          .oauth2(Tokens.all(emulator))
          .get("/v1/messages/" + failed)
          .then()
          .body("failure.code", equalTo("1007"));

      // The receipt that never came arrives at last, twice, and another run reads the record.
      String mdr = flowrouteId(delivered);
      postDeliveredReceipt(mdr);
      postDeliveredReceipt(mdr);
      MessageReconciliationReport again = reconciler.runNow();
      assertThat(again.unmatched())
          .extracting(MessageReconciliationReport.Unmatched::flowrouteId)
          .doesNotContain(mdr);

      List<String> statuses =
          Events.await(
                  kafka.bootstrapServers(),
                  STATUS_TOPIC,
                  e -> delivered.equals(e.key()),
                  3,
                  Duration.ofSeconds(30))
              .stream()
              // Delivery is at least once: a redelivered event keeps its ce_id (docs/events.md).
              .filter(distinctBy(e -> e.header("ce_id")))
              .map(e -> field(e.value(), "status"))
              .toList();
      assertThat(statuses).containsExactly("QUEUED", "SENT", "DELIVERED");
    } finally {
      emulator.faults().withholdReceiptsTo(List.of());
    }
  }

  @Test
  void a_text_someone_else_sent_is_recorded_exactly_once_across_two_runs_and_listed_as_foreign()
      throws Exception {
    String mdr = injectForeign("sent from the portal " + UUID.randomUUID(), "delivered", 1004);
    MessageReconciler reconciler = replica(200);

    MessageReconciliationReport first = reconciler.runNow();
    MessageReconciliationReport second = reconciler.runNow();

    assertThat(first.foreignRecorded()).isPositive();
    assertThat(second.foreignRecorded()).isZero();
    JsonNode page =
        json.readTree(
            given()
                .auth()
                .oauth2(Tokens.all(emulator))
                .queryParam("foreign", "true")
                .queryParam("limit", "200")
                .get("/v1/messages")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    List<JsonNode> recorded = new ArrayList<>();
    page.path("data")
        .forEach(
            m -> {
              if (mdr.equals(m.path("flowrouteId").asText())) {
                recorded.add(m);
              }
            });
    assertThat(recorded).hasSize(1);
    assertThat(recorded.get(0).path("foreign").asBoolean()).isTrue();
    assertThat(recorded.get(0).path("direction").asText()).isEqualTo("OUTBOUND");
    assertThat(recorded.get(0).path("status").asText()).isEqualTo("DELIVERED");
    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .queryParam("foreign", "maybe")
        .get("/v1/messages")
        .then()
        .statusCode(400);

    List<Events.Event> events =
        Events.await(
            kafka.bootstrapServers(),
            STATUS_TOPIC,
            e -> mdr.equals(field(e.value(), "flowrouteId")),
            1,
            Duration.ofSeconds(30));
    assertThat(events.stream().map(e -> e.header("ce_id")).distinct()).hasSize(1);
    assertThat(events.get(0).header("ce_type"))
        .isEqualTo("dev.switchboard.message.foreign-recorded");
  }

  @Test
  void the_listing_is_read_page_by_page_with_flowroutes_limit_and_offset() throws Exception {
    List<String> injected = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      injected.add(injectForeign("paged " + i + " " + UUID.randomUUID(), "failed", 1007));
    }
    emulator.clearRequests();

    MessageReconciliationReport report = replica(2).runNow();

    assertThat(report.pages()).isGreaterThanOrEqualTo(3);
    assertThat(report.complete()).isTrue();
    List<String> offsets =
        emulator.requests().stream()
            .filter(r -> r.method().equals("GET") && r.path().equals("/v2.1/messages"))
            .map(LoggedRequest::query)
            .toList();
    assertThat(offsets).anyMatch(q -> q.contains("limit=2") && q.contains("offset=0"));
    assertThat(offsets).anyMatch(q -> q.contains("limit=2") && q.contains("offset=2"));
    assertThat(offsets).anyMatch(q -> q.contains("limit=2") && q.contains("offset=4"));
    for (String mdr : injected) {
      given()
          .auth()
          .oauth2(Tokens.all(emulator))
          .queryParam("foreign", "true")
          .queryParam("limit", "200")
          .get("/v1/messages")
          .then()
          .statusCode(200)
          .body("data.findAll { it.flowrouteId == '" + mdr + "' }.size()", equalTo(1))
          .body("data.find { it.flowrouteId == '" + mdr + "' }.status", equalTo("FAILED"));
    }
  }

  @Test
  void two_replicas_scheduled_together_run_once_and_record_once() throws Exception {
    clearLastReport();
    String mdr = injectForeign("two replicas " + UUID.randomUUID(), "delivered", 1004);
    MessageReconciler first = replica(200);
    MessageReconciler second = replica(200);
    // Every Flowroute answer takes 50 ms, so the two runs overlap: one finds the lock taken.
    emulator.faults().setLatency(Duration.ofMillis(50));
    try {
      CompletableFuture<Optional<MessageReconciliationReport>> a =
          CompletableFuture.supplyAsync(first::runIfDue);
      CompletableFuture<Optional<MessageReconciliationReport>> b =
          CompletableFuture.supplyAsync(second::runIfDue);
      List<Optional<MessageReconciliationReport>> done =
          List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));

      assertThat(done.stream().filter(Optional::isPresent)).as("runs").hasSize(1);
      MessageReconciliationReport ran =
          done.stream().flatMap(Optional::stream).findFirst().orElseThrow();
      assertThat(first.runIfDue()).isEmpty();
      assertThat(second.runIfDue()).isEmpty();
      assertThat(first.last()).contains(ran);
      assertThat(second.last()).contains(ran);
    } finally {
      emulator.faults().setLatency(Duration.ZERO);
    }
    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .queryParam("foreign", "true")
        .queryParam("limit", "200")
        .get("/v1/messages")
        .then()
        .body("data.findAll { it.flowrouteId == '" + mdr + "' }.size()", equalTo(1));
  }

  @Test
  void the_endpoint_runs_a_reconciliation_and_every_replica_shows_its_report() throws Exception {
    clearLastReport();
    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .get("/v1/messages/reconciliations/last")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", org.hamcrest.Matchers.endsWith("/no-reconciliation-yet"));
    String mdr = injectForeign("through the endpoint " + UUID.randomUUID(), "delivered", 1004);

    String ran =
        given()
            .auth()
            .oauth2(Tokens.all(emulator))
            .post("/v1/messages/reconciliations")
            .then()
            .statusCode(200)
            .body("foreignRecorded", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
            .body("complete", equalTo(true))
            .extract()
            .path("finishedAt");

    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .get("/v1/messages/reconciliations/last")
        .then()
        .statusCode(200)
        .body("finishedAt", equalTo(ran));
    assertThat(replica(200).last().orElseThrow().finishedAt()).isEqualTo(Instant.parse(ran));
    assertThat(
            registry
                .counter("switchboard.messages.reconciliation.records", "outcome", "foreign")
                .count())
        .isPositive();
    assertThat(status(idOfForeign(mdr))).isEqualTo("DELIVERED");
  }

  private String send(String to, String body) {
    return given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .contentType(ContentType.JSON)
        .body(Map.of("from", "+" + OURS, "to", to, "body", body))
        .post("/v1/messages")
        .then()
        .statusCode(202)
        .extract()
        .path("id");
  }

  private void awaitStatus(String id, String status) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(status(id)).isEqualTo(status));
  }

  private String status(String id) {
    return given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .get("/v1/messages/" + id)
        .then()
        .statusCode(200)
        .extract()
        .path("status");
  }

  private String flowrouteId(String id) {
    return given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .get("/v1/messages/" + id)
        .then()
        .extract()
        .path("flowrouteId");
  }

  private String idOfForeign(String mdr) {
    return given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .queryParam("foreign", "true")
        .queryParam("limit", "200")
        .get("/v1/messages")
        .then()
        .extract()
        .path("data.find { it.flowrouteId == '" + mdr + "' }.id");
  }

  /** A text sent on the account outside Switchboard, taken by Flowroute a few seconds ago. */
  private String injectForeign(String body, String status, int code) throws Exception {
    String document =
        json.writeValueAsString(
            Map.of(
                "from", OURS,
                "to", "13125550188",
                "body", body,
                "status", status,
                "status_code", code,
                "timestamp", Instant.now().minusSeconds(5).toString()));
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(emulator.url() + "/sandbox/messages/foreign"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(document))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(201);
    return json.readTree(response.body()).path("id").asText();
  }

  /** The §7.4 delivery receipt webhook, as Flowroute would post it. */
  private void postDeliveredReceipt(String mdr) {
    given()
        .contentType(ContentType.JSON)
        .body(
            """
            {"data":{"type":"delivery_receipt","id":"%s","attributes":{"body":"x","level":2,
              "status":"delivered","status_code":1004,
              "status_code_description":"Message delivered to handset",
              "timestamp":"%s"}}}
            """
                .formatted(mdr, Instant.now().toString()))
        .post("/webhooks/flowroute/" + SandboxServices.WEBHOOK_SECRET + "/dlr")
        .then()
        .statusCode(200);
  }

  private void clearLastReport() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DELETE FROM reconciliation_report WHERE id = 2");
    }
  }

  private static <T> java.util.function.Predicate<T> distinctBy(
      java.util.function.Function<T, String> key) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    return item -> seen.add(key.apply(item));
  }

  private String field(String value, String name) {
    try {
      return json.readTree(value).path(name).asText(null);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
