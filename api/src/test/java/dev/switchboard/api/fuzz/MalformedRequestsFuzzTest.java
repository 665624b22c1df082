package dev.switchboard.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.api.fuzz.MalformedRequests.Request;
import dev.switchboard.api.support.OpenApiOperations;
import dev.switchboard.api.support.OpenApiOperations.Operation;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Sends at least 10,000 malformed requests over every operation of our OpenAPI document (read from
 * {@code /q/openapi}, so new operations are covered without listing them) and every webhook path.
 * Every answer must be a 2xx (the input happened to be valid) or a 4xx RFC 9457 problem with a
 * {@code type}; a 5xx, or a 4xx without a problem, fails the test.
 *
 * <p>A seeded generator of our own rather than jqwik: jqwik runs its properties in its own JUnit
 * engine, outside the Jupiter extension that starts the application and the sandbox services for a
 * {@code @QuarkusTest}, and it shrinks by re-running one case at a time where we need thousands of
 * concurrent requests in about a minute. The seed is printed with every failure; replay with {@code
 * -Dfuzz.seed=<seed>} (and {@code -Dfuzz.requests=<n>}).
 */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class MalformedRequestsFuzzTest {

  static final long SEED = Long.getLong("fuzz.seed", 20261206L);
  static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_000);
  static final int CONCURRENCY = 8;
  static final String PROBLEM_BASE = "https://switchboard.dev/problems/";
  static final String[] WEBHOOKS = {"sms", "mms", "dlr"};

  FlowrouteEmulator emulator;

  @Inject AgroalDataSource database;

  final ObjectMapper json = new ObjectMapper();
  final List<String> accepted = Collections.synchronizedList(new ArrayList<>());
  final List<String> created = Collections.synchronizedList(new ArrayList<>());

  /** The collections whose POST makes a resource that lasts. */
  static final java.util.Set<String> CREATIONS =
      java.util.Set.of("/v1/cnams", "/v1/routes", "/v1/e911s", "/v1/numbers");

  @Test
  void no_malformed_request_gets_a_5xx_or_an_answer_that_is_not_a_problem() throws Exception {
    List<Operation> operations = OpenApiOperations.under("/v1/");
    assertThat(operations).hasSizeGreaterThan(20);
    // An operation without parameters or body has little to malform, and the one there is (run a
    // reconciliation now) is slow: it gets a twentieth of the others' share.
    List<Operation> schedule = new ArrayList<>();
    for (Operation operation : operations) {
      boolean inputs =
          operation.hasBody()
              || !operation.pathParameters().isEmpty()
              || !operation.queryParameters().isEmpty();
      for (int copy = 0; copy < (inputs ? 20 : 1); copy++) {
        schedule.add(operation);
      }
    }
    Collections.shuffle(schedule, new Random(SEED));
    String token = Tokens.of(emulator, "fuzzer");
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger failed = new AtomicInteger();
    java.util.Map<String, java.util.concurrent.atomic.LongAdder> time =
        new java.util.concurrent.ConcurrentHashMap<>();
    AtomicInteger sent = new AtomicInteger();
    AtomicInteger twoXx = new AtomicInteger();
    long started = System.nanoTime();
    ExecutorService workers = Executors.newFixedThreadPool(CONCURRENCY);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int worker = 0; worker < CONCURRENCY; worker++) {
        int first = worker;
        running.add(
            workers.submit(
                () -> {
                  // Every fifth request is a webhook; the others walk the operations in turn
                  // (i - i / 5 counts them), so none is skipped whatever their number.
                  for (int i = first; i < REQUESTS; i += CONCURRENCY) {
                    // Each request has its own seed: a failure replays whatever the interleaving.
                    Random random = new Random(SEED * 1_000_003L + i);
                    MalformedRequests requests = new MalformedRequests(random);
                    Request request =
                        i % 5 == 4
                            ? requests.forWebhook(
                                SandboxServices.WEBHOOK_SECRET, WEBHOOKS[(i / 5) % 3])
                            : requests.forOperation(schedule.get((i - i / 5) % schedule.size()));
                    long start = System.nanoTime();
                    String failure = check(client, token, request);
                    String where =
                        i % 5 == 4
                            ? "webhook " + WEBHOOKS[(i / 5) % 3]
                            : schedule.get((i - i / 5) % schedule.size()).toString();
                    time.computeIfAbsent(where, k -> new java.util.concurrent.atomic.LongAdder())
                        .add(System.nanoTime() - start);
                    sent.incrementAndGet();
                    if (failure == null) {
                      continue;
                    }
                    if (failure.isEmpty()) {
                      twoXx.incrementAndGet();
                    } else {
                      failed.incrementAndGet();
                      // 5xx apart: they are what the test is for, and must not be crowded out.
                      List<String> kind = failure.startsWith("5") ? serverErrors : failures;
                      if (kind.size() < 25) {
                        kind.add("#" + i + " " + failure + "\n    " + request);
                      }
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> future : running) {
        future.get();
      }
    } finally {
      workers.shutdownNow();
      settleAcceptedSends();
      removeCreated(client, token);
    }
    long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
    System.out.printf(
        "fuzz: %d requests over %d operations and %d webhook paths in %d s (seed %d), %d answered"
            + " 2xx, %d wrong%n",
        sent.get(), operations.size(), WEBHOOKS.length, seconds, SEED, twoXx.get(), failed.get());
    time.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
        .limit(6)
        .forEach(
            e ->
                System.out.printf(
                    "fuzz: %s took %d ms in all%n", e.getKey(), e.getValue().sum() / 1_000_000));
    assertThat(sent.get()).isGreaterThanOrEqualTo(REQUESTS);
    assertThat(time.keySet())
        .as("every operation and webhook path was fuzzed")
        .containsAll(operations.stream().map(Operation::toString).toList())
        .contains("webhook sms", "webhook mms", "webhook dlr");
    assertThat(failures).as("seed %d (replay with -Dfuzz.seed=%d)", SEED, SEED).isEmpty();
  }

  /**
   * Sends one request: null when it was refused with a proper problem, "" when it was accepted
   * (2xx), else what was wrong.
   */
  String check(HttpClient client, String token, Request request) {
    HttpRequest.Builder builder;
    try {
      builder =
          HttpRequest.newBuilder(URI.create(SandboxServices.APP_URL + request.target()))
              .timeout(Duration.ofSeconds(30));
    } catch (IllegalArgumentException unsendable) {
      // A target the HTTP client itself refuses to send cannot reach us.
      return null;
    }
    if (!request.target().startsWith("/webhooks/")) {
      builder.header("Authorization", "Bearer " + token);
    }
    if (request.contentType() != null) {
      builder.header("Content-Type", request.contentType());
    }
    builder.method(
        request.method(),
        request.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    HttpResponse<String> response;
    try {
      response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      return "no answer: " + e.getClass().getSimpleName();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      noteAccepted(request, response.body());
      return "";
    }
    if (status >= 500) {
      return status + " " + abbreviated(response.body());
    }
    if (request.method().equals("HEAD")) {
      return null;
    }
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    if (!contentType.startsWith("application/problem+json")) {
      return status + " without a problem (" + contentType + ") " + abbreviated(response.body());
    }
    try {
      JsonNode problem = json.readTree(response.body());
      if (!problem.path("type").asText("").startsWith(PROBLEM_BASE)
          || problem.path("status").asInt() != status) {
        return status + " with a malformed problem " + abbreviated(response.body());
      }
    } catch (Exception notJson) {
      return status + " with a problem that is not JSON " + abbreviated(response.body());
    }
    return null;
  }

  /**
   * Removes what valid random creations made (caller names, routes, E911 addresses, numbers), so
   * that the tests that follow find the account as they expect it.
   */
  void removeCreated(HttpClient client, String token) throws Exception {
    for (String resource : List.copyOf(created)) {
      HttpRequest delete =
          HttpRequest.newBuilder(URI.create(SandboxServices.APP_URL + resource))
              .header("Authorization", "Bearer " + token)
              .timeout(Duration.ofSeconds(30))
              .DELETE()
              .build();
      client.send(delete, HttpResponse.BodyHandlers.discarding());
    }
  }

  /** Keeps the id of a message a random send queued, so the test can settle it afterwards. */
  void noteAccepted(Request request, String body) {
    String path = request.target().split("\\?", 2)[0];
    if (request.method().equals("POST") && CREATIONS.contains(path)) {
      try {
        JsonNode made = json.readTree(body);
        JsonNode id = made.has("number") ? made.path("number") : made.path("id");
        if (made.path("number").isObject()) {
          id = made.path("number").path("number");
        }
        if (id.isValueNode()) {
          created.add(path + "/" + MalformedRequests.encode(id.asText()));
        }
      } catch (Exception ignored) {
        // Nothing made that can be named.
      }
    }
    if (request.method().equals("POST") && request.target().startsWith("/v1/messages")) {
      try {
        String id = json.readTree(body).path("id").asText(null);
        if (id != null) {
          accepted.add(id);
        }
      } catch (Exception ignored) {
        // Not a message: nothing to settle.
      }
    }
  }

  /**
   * Sends that happened to be valid were queued for the emulator (which refuses them: their sender
   * is none of its numbers); they are ended here so that the dispatcher's queue is not left to the
   * tests that follow.
   */
  void settleAcceptedSends() throws Exception {
    if (accepted.isEmpty()) {
      return;
    }
    try (Connection connection = database.getConnection();
        PreparedStatement settle =
            connection.prepareStatement(
                "UPDATE messages SET status = 'FAILED', next_attempt_at = NULL,"
                    + " failure_code = 'fuzz', failure_reason = 'ended by the fuzz test'"
                    + " WHERE id = ANY(?) AND status = 'QUEUED'")) {
      settle.setArray(
          1,
          connection.createArrayOf(
              "uuid", accepted.stream().map(UUID::fromString).toArray(UUID[]::new)));
      settle.executeUpdate();
    }
  }

  static String abbreviated(String body) {
    return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }
}
