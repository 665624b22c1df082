package dev.switchboard.api.outages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.api.support.Events;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.api.support.Traffic;
import dev.switchboard.sandbox.SandboxKafka;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import dev.switchboard.sandbox.emulator.messaging.InboundRequest;
import dev.switchboard.sandbox.emulator.messaging.InboundResult;
import dev.switchboard.sandbox.emulator.messaging.WebhookDelivery;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class KafkaOutageTest {

  /**
   * How long Kafka stays down: a minute, twenty times the producer's delivery and request timeouts
   * in the tests ({@code switchboard.events.publish-timeout=3s}, set by {@link SandboxServices}),
   * so the relay's rounds really fail and back off, many times over.
   */
  static final Duration OUTAGE = Duration.ofSeconds(60);

  /** One webhook and one send every this often, before, during and after the outage. */
  static final Duration PACE = Duration.ofMillis(250);

  /** The name of Quarkus's own Kafka check ({@code quarkus.kafka.health.enabled}). */
  static final String KAFKA_CHECK = "Kafka connection health check";

  static final String OURS = "+12065550100";
  static final String PHONE = "+14255553999";

  FlowrouteEmulator emulator;
  SandboxKafka kafka;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void
      traffic_at_a_steady_rate_through_a_kafka_outage_is_answered_kept_ready_and_published_once_in_order()
          throws Exception {
    String run = "steady " + UUID.randomUUID();
    Traffic traffic = new Traffic(Tokens.all(emulator));
    List<Traffic.Answer> webhooks = Collections.synchronizedList(new ArrayList<>());
    List<Traffic.Answer> sends = Collections.synchronizedList(new ArrayList<>());
    List<Integer> readiness = Collections.synchronizedList(new ArrayList<>());
    ScheduledExecutorService pace = Executors.newScheduledThreadPool(2);
    try {
      pace.scheduleAtFixedRate(
          () -> {
            int n = webhooks.size();
            webhooks.add(traffic.inbound(PHONE, OURS, run + " #" + n));
            sends.add(traffic.send(OURS, PHONE, run + " send #" + n));
          },
          0,
          PACE.toMillis(),
          TimeUnit.MILLISECONDS);
      pace.scheduleAtFixedRate(
          () -> readiness.add(traffic.readiness()), 0, 500, TimeUnit.MILLISECONDS);

      Thread.sleep(1000);
      HttpResponse<String> ready = get("/q/health/ready");
      assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
      assertThat(ready.body()).contains(KAFKA_CHECK);
      assertThat(sandbox("kafka/stop")).contains("\"running\":false");
      Thread.sleep(OUTAGE.toMillis());
      // The outage shows where operators look: Quarkus's Kafka check in /q/health/ready and the
      // relay's metrics; the readiness probe's group (the database) stays UP all along (below).
      HttpResponse<String> kafkaHealth = get("/q/health/ready");
      assertThat(kafkaHealth.statusCode()).isEqualTo(503);
      assertThat(kafkaDown(kafkaHealth.body())).as(kafkaHealth.body()).isTrue();
      HttpResponse<String> serving = get("/q/health/group/serving");
      assertThat(serving.statusCode()).as(serving.body()).isEqualTo(200);
      assertThat(serving.body()).doesNotContain(KAFKA_CHECK);
      assertThat(metric("switchboard_outbox_relay_failures")).isGreaterThan(0);
      assertThat(metric("switchboard_outbox_pending")).isGreaterThan(0);
      assertThat(sandbox("kafka/start")).contains("\"running\":true");
      Thread.sleep(2000);
    } finally {
      pace.shutdown();
      pace.awaitTermination(70, TimeUnit.SECONDS);
      kafka.restart();
    }

    assertThat(webhooks).hasSizeGreaterThan((int) (OUTAGE.toMillis() / PACE.toMillis()));
    assertThat(webhooks).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(200));
    assertThat(sends).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(202));
    assertThat(readiness).hasSizeGreaterThan((int) OUTAGE.toSeconds()).containsOnly(200);

    // Inbound: one key (our number), so Kafka keeps them in the order they were answered.
    List<Events.Event> inbound =
        Events.await(
            kafka.bootstrapServers(),
            "switchboard.messages.inbound.v1",
            e -> e.value().contains(run + " #"),
            webhooks.size(),
            Duration.ofSeconds(60));
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < webhooks.size(); i++) {
      expected.add(run + " #" + i);
    }
    assertThat(inbound.stream().map(e -> e.field("body")).toList())
        .containsExactlyElementsOf(expected);

    // Sends: per message (the key), QUEUED, SENT and DELIVERED once each, in that order.
    Set<String> ids = sends.stream().map(Traffic.Answer::id).collect(Collectors.toSet());
    assertThat(ids).hasSize(sends.size());
    List<Events.Event> statuses =
        Events.await(
            kafka.bootstrapServers(),
            "switchboard.messages.status.v1",
            e -> ids.contains(e.key()),
            3 * ids.size(),
            Duration.ofSeconds(90));
    Map<String, List<String>> byMessage = new LinkedHashMap<>();
    statuses.forEach(
        e -> byMessage.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e.field("status")));
    assertThat(byMessage.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(byMessage.values())
        .allSatisfy(seen -> assertThat(seen).containsExactly("QUEUED", "SENT", "DELIVERED"));
  }

  @Test
  void inbound_texts_that_arrive_while_kafka_is_down_are_all_published_once_it_returns()
      throws Exception {
    String batch = "outage " + UUID.randomUUID();
    int count = 20;
    List<InboundResult> sent = new ArrayList<>();
    kafka.stop();
    try {
      for (int i = 0; i < count; i++) {
        sent.add(
            emulator.sendInbound(
                InboundRequest.sms("+14255553" + (100 + i), "+12065550101", batch + " #" + i)));
      }
      // Every webhook is acknowledged while Kafka is down: the data is committed in PostgreSQL.
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  sent.stream()
                      .map(r -> emulator.inboundDelivery(r.id()).orElseThrow())
                      .allMatch(WebhookDelivery::delivered));
    } finally {
      kafka.restart();
    }

    List<Events.Event> events =
        Events.await(
            kafka.bootstrapServers(),
            "switchboard.messages.inbound.v1",
            e -> e.value().contains(batch),
            count,
            Duration.ofSeconds(60));
    Set<String> bodies = events.stream().map(e -> e.field("body")).collect(Collectors.toSet());
    assertThat(events).hasSize(count);
    assertThat(bodies).hasSize(count);
  }

  /** Whether a health answer holds Quarkus's Kafka check, DOWN. */
  private boolean kafkaDown(String health) throws Exception {
    for (var check : json.readTree(health).path("checks")) {
      if (KAFKA_CHECK.equals(check.path("name").asText())) {
        return "DOWN".equals(check.path("status").asText());
      }
    }
    return false;
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(SandboxServices.APP_URL + path))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** A gauge's value in {@code /q/metrics} (Prometheus text), as a scraper reads it. */
  private static double metric(String name) throws Exception {
    return get("/q/metrics")
        .body()
        .lines()
        .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no metric " + name));
  }

  /** {@code POST /sandbox/<path>} on the emulator, as a user of the sandbox would. */
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
