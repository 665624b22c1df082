package dev.switchboard.api.messages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.api.support.Events;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.SandboxKafka;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Requests that arrive together share transactions (group commit): each is still answered only
 * after its own data is committed, each is recorded once, and a refused one fails alone.
 */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class SharedCommitsTest {

  static final String BASE = SandboxServices.APP_URL;
  static final String HOOKS = BASE + "/webhooks/flowroute/" + SandboxServices.WEBHOOK_SECRET;
  static final String OUR_NUMBER = "+12065550100";

  FlowrouteEmulator emulator;
  SandboxKafka kafka;
  final ObjectMapper json = new ObjectMapper();
  final HttpClient http = HttpClient.newHttpClient();
  final ExecutorService callers = Executors.newFixedThreadPool(48);

  @AfterEach
  void stop() {
    callers.shutdownNow();
  }

  @Test
  void webhooks_arriving_together_are_each_answered_stored_and_published_once() throws Exception {
    String run = UUID.randomUUID().toString();
    List<Callable<Integer>> posts = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      // Every fourth webhook repeats an earlier one, as Flowroute does when it retries.
      int n = i % 4 == 3 ? i - 1 : i;
      String payload =
          """
          {"data":{"type":"message","id":"mdr2-%s-%d","attributes":{"body":"together %s %d",
            "direction":"inbound","from":"14255553%03d","is_mms":false,"status":"delivered",
            "timestamp":"2026-11-27T01:21:21.980000Z","to":"12065550100"}}}
          """
              .formatted(run, n, run, n, n);
      posts.add(() -> post(HOOKS + "/sms", payload, null).statusCode());
    }

    List<Integer> statuses = all(posts);

    assertThat(statuses).hasSize(80).containsOnly(200);
    List<Events.Event> events =
        Events.await(
            kafka.bootstrapServers(),
            "switchboard.messages.inbound.v1",
            e -> e.value().contains("together " + run + " "),
            60,
            Duration.ofSeconds(30));
    assertThat(events).hasSize(60);
    Set<String> bodies = new HashSet<>();
    for (Events.Event event : events) {
      bodies.add(json.readTree(event.value()).path("body").asText());
    }
    assertThat(bodies).hasSize(60);
  }

  @Test
  void sends_arriving_together_are_each_queued_once_and_a_refused_one_fails_alone()
      throws Exception {
    String stopper = "+14255554999";
    HttpResponse<String> stop =
        post(
            HOOKS + "/sms",
            """
            {"data":{"type":"message","id":"mdr2-stop-%s","attributes":{"body":"STOP",
              "direction":"inbound","from":"14255554999","is_mms":false,"status":"delivered",
              "timestamp":"2026-11-27T01:21:21.980000Z","to":"12065550100"}}}
            """
                .formatted(UUID.randomUUID()),
            null);
    assertThat(stop.statusCode()).isEqualTo(200);
    String token = Tokens.all(emulator);
    String key = "together-" + UUID.randomUUID();
    HttpResponse<String> first = postWithKey(sms("+14255554100", "same key"), token, key);
    assertThat(first.statusCode()).isEqualTo(202);
    String firstId = json.readTree(first.body()).path("id").asText();
    List<Callable<HttpResponse<String>>> sends = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String to = "+1425555" + (4000 + i);
      sends.add(() -> post(BASE + "/v1/messages", sms(to, "hello " + to), token));
    }
    sends.add(() -> post(BASE + "/v1/messages", sms(stopper, "promo"), token));
    for (int i = 0; i < 3; i++) {
      sends.add(() -> postWithKey(sms("+14255554100", "same key"), token, key));
    }
    sends.add(() -> postWithKey(sms("+14255554100", "other body"), token, key));

    List<HttpResponse<String>> answers = all(sends);

    Set<String> queued = new HashSet<>();
    for (HttpResponse<String> answer : answers.subList(0, 40)) {
      assertThat(answer.statusCode()).isEqualTo(202);
      queued.add(json.readTree(answer.body()).path("id").asText());
    }
    assertThat(queued).hasSize(40);
    HttpResponse<String> refused = answers.get(40);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(json.readTree(refused.body()).path("type").asText())
        .isEqualTo("https://switchboard.dev/problems/recipient-opted-out");
    Set<String> sameKeyIds = new HashSet<>();
    for (HttpResponse<String> answer : answers.subList(41, 44)) {
      assertThat(answer.statusCode()).isEqualTo(202);
      sameKeyIds.add(json.readTree(answer.body()).path("id").asText());
    }
    assertThat(sameKeyIds).containsExactly(firstId);
    HttpResponse<String> reused = answers.get(44);
    assertThat(reused.statusCode()).isEqualTo(409);
    JsonNode problem = json.readTree(reused.body());
    assertThat(problem.path("type").asText())
        .isEqualTo("https://switchboard.dev/problems/idempotency-key-reused");
  }

  private static String sms(String to, String body) {
    return "{\"from\":\"" + OUR_NUMBER + "\",\"to\":\"" + to + "\",\"body\":\"" + body + "\"}";
  }

  private HttpResponse<String> postWithKey(String body, String token, String key) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(BASE + "/v1/messages"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String url, String body, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private <T> List<T> all(List<Callable<T>> work) throws Exception {
    List<T> results = new ArrayList<>();
    for (Future<T> future : callers.invokeAll(work)) {
      results.add(future.get());
    }
    return results;
  }
}
