package dev.switchboard.api.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.api.support.Events;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.sandbox.SandboxKafka;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import dev.switchboard.sandbox.emulator.InboundRequest;
import dev.switchboard.sandbox.emulator.InboundResult;
import dev.switchboard.sandbox.emulator.WebhookDelivery;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class KafkaOutageTest {

  FlowrouteEmulator emulator;
  SandboxKafka kafka;

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
    ObjectMapper json = new ObjectMapper();
    Set<String> bodies =
        events.stream()
            .map(
                e -> {
                  try {
                    return json.readTree(e.value()).path("body").asText();
                  } catch (Exception ex) {
                    throw new AssertionError(ex);
                  }
                })
            .collect(Collectors.toSet());
    assertThat(events).hasSize(count);
    assertThat(bodies).hasSize(count);
  }
}
