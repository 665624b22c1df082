package dev.switchboard.api.outages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.api.support.Events;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.api.support.Traffic;
import dev.switchboard.sandbox.SandboxKafka;
import dev.switchboard.sandbox.SandboxPostgres;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped or frozen under webhooks and sends: every request that cannot be committed is
 * answered a 503 problem with Retry-After within the bound, and everything answered 2xx is stored
 * and published once.
 */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class PostgresOutageTest {

  /**
   * The longest a caller may wait for its answer: a send or an inbound webhook waits for its batch
   * up to the group commit's deadline (3 s), and once its batch has taken it, up to the read
   * timeout (2 s) for the database's answer; any other request up to the pool's acquisition timeout
   * (2 s) and the read timeout. Plus a margin for a loaded machine. Never the minutes of a TCP
   * timeout.
   */
  static final Duration BOUND = Duration.ofSeconds(6);

  /** How long PostgreSQL stays stopped. */
  static final Duration DOWN = Duration.ofSeconds(20);

  static final String PROBLEM = "https://switchboard.dev/problems/database-unavailable";
  static final String OURS = "+12065550100";

  @Inject AgroalDataSource dataSource;
  FlowrouteEmulator emulator;
  SandboxKafka kafka;
  SandboxPostgres postgres;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void while_postgres_is_stopped_requests_get_a_fast_503_and_what_was_answered_2xx_is_kept_once()
      throws Exception {
    String run = "pg-down " + UUID.randomUUID();
    Traffic traffic = new Traffic(Tokens.all(emulator));
    List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
    try {
      assertThat(sandbox("postgres/stop")).contains("\"running\":false");
      long stoppedAt = System.nanoTime();
      while (System.nanoTime() - stoppedAt < DOWN.toNanos()) {
        attempts.addAll(burst(traffic, run, attempts.size(), 8));
      }
    } finally {
      sandbox("postgres/start");
    }
    assertRefusedFastThenKeptOnce(traffic, run, attempts);
  }

  @Test
  void while_postgres_is_frozen_requests_get_a_503_within_the_bound_and_nothing_is_doubled()
      throws Exception {
    String run = "pg-frozen " + UUID.randomUUID();
    Traffic traffic = new Traffic(Tokens.all(emulator));
    List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
    try {
      postgres.freeze();
      long frozenAt = System.nanoTime();
      while (System.nanoTime() - frozenAt < Duration.ofSeconds(8).toNanos()) {
        attempts.addAll(burst(traffic, run, attempts.size(), 8));
      }
    } finally {
      postgres.thaw();
    }
    assertRefusedFastThenKeptOnce(traffic, run, attempts);
  }

  /**
   * Every attempt made during the outage was refused with a 503 problem and Retry-After within the
   * bound; once the database is back, what was answered 2xx is kept once and nothing refused is.
   */
  private void assertRefusedFastThenKeptOnce(Traffic traffic, String run, List<Attempt> attempts)
      throws Exception {
    List<Attempt> during = List.copyOf(attempts);
    assertThat(during).isNotEmpty();
    assertThat(during)
        .allSatisfy(
            a -> {
              assertThat(a.answer().status()).as(a.toString()).isEqualTo(503);
              assertThat(a.answer().problemType()).as(a.toString()).isEqualTo(PROBLEM);
              assertThat(a.answer().retryAfter()).as(a.toString()).isPresent();
              assertThat(a.answer().took()).as(a.toString()).isLessThan(BOUND);
            });

    List<Attempt> after = recover(traffic, run, attempts);
    assertKeptOnce(run, after);
    assertRefusedNotStored(during);
  }

  @Test
  void while_postgres_is_frozen_reads_receipts_and_number_commands_get_a_503_and_work_after()
      throws Exception {
    Traffic traffic = new Traffic(Tokens.all(emulator));
    // The emulator sends only the first receipt (smsc submit) to numbers ending in 0009: the
    // delivery stays open for the receipt this test sends.
    Traffic.Answer sent = traffic.send(OURS, "+14255550009", "frozen receipt " + UUID.randomUUID());
    assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
    String messagePath = "/v1/messages/" + sent.id();
    String flowrouteId =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> json.readTree(traffic.get(messagePath).body()),
                m ->
                    m.path("status").asText().equals("SENT")
                        && !m.path("flowrouteId").isMissingNode()
                        && !m.path("flowrouteId").isNull())
            .path("flowrouteId")
            .asText();
    String number =
        json.readTree(traffic.get("/v1/numbers/available?startsWith=201&limit=5").body())
            .path("data")
            .path(1)
            .path("number")
            .asText();
    Traffic.Answer bought = traffic.call("POST", "/v1/numbers", "{\"number\":\"" + number + "\"}");
    assertThat(bought.status()).as(bought.toString()).isIn(200, 201);
    String alias = "frozen-" + UUID.randomUUID().toString().substring(0, 8);
    String rename = "{\"alias\":\"" + alias + "\"}";

    Map<String, Traffic.Answer> during = new java.util.LinkedHashMap<>();
    try {
      postgres.freeze();
      during.put("GET message", traffic.get(messagePath));
      during.put("GET messages", traffic.get("/v1/messages?number=%2B12065550100&limit=5"));
      during.put("GET number", traffic.get("/v1/numbers/" + number));
      during.put("GET numbers", traffic.get("/v1/numbers?limit=5"));
      during.put("receipt", traffic.receipt(flowrouteId, "delivered", 1004));
      during.put("number command", traffic.call("PATCH", "/v1/numbers/" + number, rename));
    } finally {
      postgres.thaw();
    }
    assertThat(during)
        .allSatisfy(
            (what, a) -> {
              assertThat(a.status()).as(what + " " + a).isEqualTo(503);
              assertThat(a.problemType()).as(what + " " + a).isEqualTo(PROBLEM);
              assertThat(a.retryAfter()).as(what + " " + a).isPresent();
              assertThat(a.took()).as(what + " " + a).isLessThan(BOUND);
            });

    // Flowroute re-sends a receipt that was not answered 200: the re-send is applied.
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () ->
                assertThat(traffic.receipt(flowrouteId, "delivered", 1004).status())
                    .isEqualTo(200));
    assertThat(json.readTree(traffic.get(messagePath).body()).path("status").asText())
        .isEqualTo("DELIVERED");
    assertThat(traffic.get("/v1/numbers?limit=5").status()).isEqualTo(200);
    Traffic.Answer renamed = traffic.call("PATCH", "/v1/numbers/" + number, rename);
    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    assertThat(json.readTree(traffic.get("/v1/numbers/" + number).body()).path("alias").asText())
        .isEqualTo(alias);
    assertThat(traffic.call("DELETE", "/v1/numbers/" + number, null).status()).isEqualTo(204);
  }

  /**
   * A request answered 503 is not stored, unless its answer says the commit got no answer (then it
   * may be: the retry with its key, or Flowroute's re-send, finds it).
   */
  private void assertRefusedNotStored(List<Attempt> during) throws Exception {
    List<Attempt> refused =
        during.stream()
            .filter(a -> a.answer().status() == 503)
            .filter(a -> !a.answer().detail().contains("may have been stored"))
            .toList();
    assertThat(refused).isNotEmpty();
    try (Connection c = dataSource.getConnection();
        PreparedStatement stored =
            c.prepareStatement("SELECT body FROM messages WHERE body = ANY(?)")) {
      stored.setArray(1, c.createArrayOf("text", refused.stream().map(Attempt::text).toArray()));
      List<String> found = new ArrayList<>();
      try (ResultSet rows = stored.executeQuery()) {
        while (rows.next()) {
          found.add(rows.getString(1));
        }
      }
      assertThat(found).as("requests answered 503 as not stored").isEmpty();
    }
  }

  /** One attempt: a webhook or a send, its body text and the answer. */
  record Attempt(boolean webhook, String text, Traffic.Answer answer) {}

  /** {@code size} requests at once, half webhooks, half sends. */
  private List<Attempt> burst(Traffic traffic, String run, int first, int size) throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(size);
    try {
      List<Future<Attempt>> answers = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        String text = run + " #" + (first + i);
        boolean webhook = i % 2 == 0;
        answers.add(
            callers.submit(
                () ->
                    new Attempt(
                        webhook,
                        text,
                        webhook
                            ? traffic.inbound("+14255553777", OURS, text)
                            : traffic.send(OURS, "+14255553777", text))));
      }
      List<Attempt> done = new ArrayList<>();
      for (Future<Attempt> answer : answers) {
        done.add(answer.get());
      }
      return done;
    } finally {
      callers.shutdownNow();
    }
  }

  /** Traffic after the database is back: within 30 s, bursts are answered 2xx again. */
  private List<Attempt> recover(Traffic traffic, String run, List<Attempt> attempts) {
    List<Attempt> after = Collections.synchronizedList(new ArrayList<>());
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              List<Attempt> burst = burst(traffic, run, attempts.size() + after.size(), 8);
              after.addAll(burst);
              assertThat(burst).allMatch(a -> a.answer().ok(), "all answered 2xx");
            });
    assertThat(after)
        .allSatisfy(
            a ->
                assertThat(a.answer().status())
                    .as(a.toString())
                    .isIn(200, 202, 503)); // 503 only while the pool reconnects, never 500
    return after;
  }

  /**
   * Every request answered 2xx is published exactly once, and none twice. A request answered 503
   * whose commit got no answer may still have been stored (README, "When a dependency is down"),
   * but only once.
   */
  private void assertKeptOnce(String run, List<Attempt> after) {
    List<Attempt> accepted = after.stream().filter(a -> a.answer().ok()).toList();
    List<Events.Event> inbound =
        Events.await(
            kafka.bootstrapServers(),
            "switchboard.messages.inbound.v1",
            e -> e.value().contains(run + " #"),
            (int) accepted.stream().filter(Attempt::webhook).count(),
            Duration.ofSeconds(60));
    Map<String, Long> inboundBodies =
        inbound.stream()
            .collect(Collectors.groupingBy(e -> e.field("body"), Collectors.counting()));
    List<Events.Event> queued =
        Events.await(
            kafka.bootstrapServers(),
            "switchboard.messages.status.v1",
            e -> e.value().contains(run + " #") && e.field("status").equals("QUEUED"),
            (int) accepted.stream().filter(a -> !a.webhook()).count(),
            Duration.ofSeconds(60));
    Map<String, Long> sentBodies =
        queued.stream().collect(Collectors.groupingBy(e -> e.field("body"), Collectors.counting()));

    for (Attempt a : accepted) {
      Map<String, Long> published = a.webhook() ? inboundBodies : sentBodies;
      assertThat(published.get(a.text())).as("published once: " + a).isEqualTo(1L);
    }
    assertThat(inboundBodies.values()).as("no webhook published twice").allMatch(n -> n == 1);
    assertThat(sentBodies.values()).as("no send queued twice").allMatch(n -> n == 1);
    // The sends answered 202 are readable by their id.
    Function<Attempt, String> id = a -> a.answer().id();
    assertThat(accepted.stream().filter(a -> !a.webhook()).map(id)).doesNotContainNull();
  }

  private String sandbox(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(emulator.url() + "/sandbox/" + path))
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }
}
