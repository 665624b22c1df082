package dev.switchboard.events;

import static dev.switchboard.events.TestTopics.header;
import static dev.switchboard.events.TestTopics.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.events.OutboxRecord;
import dev.switchboard.sandbox.SandboxKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KafkaEventSinkTest {

  private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(3);
  private static SandboxKafka kafka;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final EventTopics topics =
      new EventTopics("in-" + run, "status-" + run, "numbers-" + run, "opt-outs-" + run);
  private KafkaEventSink sink;

  @BeforeAll
  static void startKafka() throws Exception {
    kafka = SandboxKafka.start(0, null);
  }

  @AfterAll
  static void stopKafka() {
    kafka.close();
  }

  @BeforeEach
  void createTopics() {
    TestTopics.create(kafka, topics);
  }

  @AfterEach
  void closeSink() {
    if (sink != null) {
      sink.close();
    }
    kafka.restart();
  }

  @Test
  void publishes_a_batch_that_a_plain_consumer_reads_back_with_headers_keys_and_values_in_order() {
    sink = newSink();
    List<String> messageIds = List.of(id(), id(), id());
    List<OutboxRecord> batch = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      batch.add(TestEvents.statusChange(i, messageIds.get(i % 3)));
    }
    batch.add(TestEvents.received(30, "+12065550100"));

    sink.publish(batch);

    List<ConsumerRecord<String, byte[]>> status =
        TestTopics.readAll(kafka.bootstrapServers(), topics.status());
    assertThat(status).hasSize(30);
    for (String messageId : messageIds) {
      assertThat(idsWithKey(status, messageId))
          .as("events of message %s, in the order they were published", messageId)
          .containsExactlyElementsOf(
              batch.stream()
                  .filter(e -> e.key().equals(messageId))
                  .map(e -> e.eventId().toString())
                  .toList());
    }
    OutboxRecord first = batch.get(0);
    ConsumerRecord<String, byte[]> firstRead =
        status.stream()
            .filter(r -> first.eventId().toString().equals(header(r, "ce_id")))
            .findFirst()
            .orElseThrow();
    assertThat(firstRead.key()).isEqualTo(first.key());
    assertThat(value(firstRead)).isEqualTo(first.dataJson());
    assertThat(header(firstRead, "ce_specversion")).isEqualTo("1.0");
    assertThat(header(firstRead, "ce_source")).isEqualTo("/switchboard");
    assertThat(header(firstRead, "ce_type")).isEqualTo("dev.switchboard.message.status-changed");
    assertThat(header(firstRead, "ce_time")).isEqualTo("2026-11-27T10:15:30.123Z");
    assertThat(header(firstRead, "ce_subject")).isEqualTo(first.key());
    assertThat(header(firstRead, "content-type")).isEqualTo("application/json");

    List<ConsumerRecord<String, byte[]>> inbound =
        TestTopics.readAll(kafka.bootstrapServers(), topics.inbound());
    assertThat(inbound).hasSize(1);
    assertThat(inbound.get(0).key()).isEqualTo("+12065550100");
    assertThat(value(inbound.get(0))).isEqualTo(batch.get(30).dataJson()).contains("h\u00e9llo");
    assertThat(header(inbound.get(0), "ce_type")).isEqualTo("dev.switchboard.message.received");
  }

  @Test
  void fails_within_the_publish_timeout_while_the_broker_is_down_and_publishes_after_restart() {
    sink = newSink();
    String messageId = id();
    OutboxRecord before = TestEvents.statusChange(1, messageId);
    sink.publish(List.of(before));

    kafka.stop();
    OutboxRecord duringOutage = TestEvents.statusChange(2, messageId);
    long started = System.nanoTime();
    assertThatThrownBy(() -> sink.publish(List.of(duringOutage)))
        .isInstanceOf(EventPublishException.class)
        .hasMessageContaining("batch of 1 events");
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(took).isLessThan(PUBLISH_TIMEOUT.plusSeconds(2));

    kafka.restart();
    OutboxRecord after = TestEvents.statusChange(3, messageId);
    sink.publish(List.of(duringOutage, after));

    List<ConsumerRecord<String, byte[]>> read =
        TestTopics.readAll(kafka.bootstrapServers(), topics.status());
    assertThat(idsWithKey(read, messageId))
        .as("the failed attempt left nothing behind; the retry went through in order")
        .containsExactly(
            before.eventId().toString(),
            duringOutage.eventId().toString(),
            after.eventId().toString());
  }

  @Test
  void the_producer_is_idempotent_and_every_wait_is_bounded_by_the_publish_timeout() {
    var p = KafkaEventSink.producerProperties("127.0.0.1:1", Duration.ofSeconds(3));

    assertThat(p)
        .containsEntry("enable.idempotence", "true")
        .containsEntry("acks", "all")
        .containsEntry("max.in.flight.requests.per.connection", "5")
        .containsEntry("max.block.ms", "3000")
        .containsEntry("delivery.timeout.ms", "3000");
    assertThat(p)
        .as("the relay batches already: lingering would only delay every event")
        .containsEntry("linger.ms", "0");
    assertThat(
            Integer.parseInt((String) p.get("request.timeout.ms"))
                + Integer.parseInt((String) p.get("linger.ms")))
        .isLessThanOrEqualTo(3000);
  }

  private KafkaEventSink newSink() {
    return new KafkaEventSink(
        kafka.bootstrapServers(),
        PUBLISH_TIMEOUT,
        new CloudEventsKafkaRecords("/switchboard", topics));
  }

  private static List<String> idsWithKey(List<ConsumerRecord<String, byte[]>> records, String key) {
    return records.stream()
        .filter(r -> key.equals(r.key()))
        .map(r -> header(r, "ce_id"))
        .collect(Collectors.toList());
  }

  private static String id() {
    return UUID.randomUUID().toString();
  }
}
