package dev.switchboard.events;

import static dev.switchboard.events.TestTopics.header;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.events.OutboxRecord;
import dev.switchboard.domain.events.port.out.EventSink;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The module as CDI sees it: typed defaults, the Kafka sink bean, and a relay started at boot. */
@QuarkusTest
@WithTestResource(SandboxKafkaResource.class)
class EventsWiringTest {

  @Inject EventsConfig config;
  @Inject EventSink sink;
  @Inject OutboxRelay relay;
  @Inject ListOutboxFeed feed;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void the_configuration_has_the_documented_defaults() {
    assertThat(config.source()).isEqualTo("/switchboard");
    assertThat(config.topics().inbound()).isEqualTo("switchboard.messages.inbound.v1");
    assertThat(config.topics().status()).isEqualTo("switchboard.messages.status.v1");
    assertThat(config.topics().numbers()).isEqualTo("switchboard.numbers.v1");
    assertThat(config.topics().optOuts()).isEqualTo("switchboard.opt-outs.v1");
    assertThat(config.relay().enabled()).isTrue();
    assertThat(config.relay().batchSize()).isEqualTo(500);
    assertThat(config.relay().pollInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.relay().maxBackoff()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.publishTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(sink).isInstanceOf(KafkaEventSink.class);
  }

  @Test
  void the_relay_started_at_boot_publishes_outbox_events_to_the_configured_topic() {
    String messageId = UUID.randomUUID().toString();
    List<OutboxRecord> events =
        List.of(TestEvents.statusChange(1, messageId), TestEvents.statusChange(2, messageId));

    feed.append(events);

    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (feed.publishedCount() < 2 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(feed.publishedCount()).isEqualTo(2);
    assertThat(relay.isRunning()).isTrue();
    List<ConsumerRecord<String, byte[]>> read =
        TestTopics.readAll(bootstrapServers, "switchboard.messages.status.v1");
    assertThat(read.stream().filter(r -> messageId.equals(r.key())).map(r -> header(r, "ce_id")))
        .containsExactly(events.get(0).eventId().toString(), events.get(1).eventId().toString());
  }
}
