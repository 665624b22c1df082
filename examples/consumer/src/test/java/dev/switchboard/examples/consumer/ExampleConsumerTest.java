package dev.switchboard.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.OutboxRecord;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.event.MessageContent;
import dev.switchboard.domain.messaging.event.MessageReceived;
import dev.switchboard.domain.messaging.event.MessageStatusChanged;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.PhoneAddress;
import dev.switchboard.events.CloudEventsKafkaRecords;
import dev.switchboard.events.EventTopics;
import dev.switchboard.events.WireEvents;
import dev.switchboard.events.contract.EventType;
import dev.switchboard.sandbox.SandboxKafka;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example consumer, run against a real broker on records built the way the outbox relay builds
 * them, prints each inbound text and status change once however often it is delivered.
 */
class ExampleConsumerTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:15:30.123Z");
  private static final E164Number OURS = E164Number.parse("+12065550100");
  private static final E164Number PHONE = E164Number.parse("+13125550199");
  private static final EventTopics TOPICS =
      new EventTopics(
          EventType.Topics.INBOUND,
          EventType.Topics.STATUS,
          EventType.Topics.NUMBERS,
          EventType.Topics.OPT_OUTS);

  private static SandboxKafka kafka;

  @BeforeAll
  static void broker() throws Exception {
    kafka = SandboxKafka.start(0, null);
    // One partition each, so the order of what the test sends is the order the consumer reads.
    kafka.createTopics(List.of(TOPICS.inbound(), TOPICS.status()), 1);
  }

  @AfterAll
  static void stopBroker() {
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void prints_each_inbound_text_and_status_change_once_though_delivered_twice() throws Exception {
    MessageId inbound = new MessageId(UUID.randomUUID());
    MessageId outbound = new MessageId(UUID.randomUUID());
    MessageContent text =
        new MessageContent(inbound, PhoneAddress.of(PHONE), OURS, "See you at 6", List.of(), null);
    MessageContent reply =
        new MessageContent(outbound, PhoneAddress.of(OURS), PHONE, "OK", List.of(), "mdr2-1");
    OutboxRecord received = outbox(new MessageReceived(UUID.randomUUID(), NOW, text, NOW));
    OutboxRecord queued = outbox(status(reply, MessageStatus.QUEUED, null));
    OutboxRecord sent = outbox(status(reply, MessageStatus.SENT, MessageStatus.QUEUED));
    OutboxRecord lastText =
        outbox(
            new MessageReceived(
                UUID.randomUUID(),
                NOW,
                new MessageContent(
                    new MessageId(UUID.randomUUID()),
                    PhoneAddress.of(PHONE),
                    OURS,
                    "last",
                    List.of(),
                    null),
                NOW));
    OutboxRecord delivered = outbox(status(reply, MessageStatus.DELIVERED, MessageStatus.SENT));
    // Each event twice (a relay retry), then one more per topic that shows the duplicates were
    // read.
    publish(received, queued, sent, received, queued, sent);
    publish(notAnEvent());
    publish(lastText, delivered);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream printOut = new PrintStream(out, true, StandardCharsets.UTF_8);
    String lines;
    try (ExampleConsumer consumer =
        new ExampleConsumer(
            Map.of(
                "bootstrap-servers",
                kafka.bootstrapServers(),
                "group",
                "test-" + UUID.randomUUID()),
            printOut,
            new PrintStream(err, true, StandardCharsets.UTF_8))) {
      Thread running = new Thread(consumer::run, "example-consumer");
      running.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!(printed(out).contains(": last") && printed(out).contains("SENT -> DELIVERED"))) {
        assertThat(System.nanoTime()).as("the last events printed by now").isLessThan(deadline);
        assertThat(running.isAlive()).as("the consumer runs").isTrue();
        Thread.sleep(50);
      }
      consumer.stop();
      running.join(TimeUnit.SECONDS.toMillis(10));
      lines = printed(out);
    }

    assertThat(lines.lines().filter(l -> !l.startsWith("example-consumer:")))
        .containsExactlyInAnyOrder(
            "inbound " + inbound + " from +13125550199 to +12065550100: See you at 6",
            "inbound " + lastText.subject() + " from +13125550199 to +12065550100: last",
            "status " + outbound + " QUEUED",
            "status " + outbound + " QUEUED -> SENT",
            "status " + outbound + " SENT -> DELIVERED");
    assertThat(err.toString(StandardCharsets.UTF_8))
        .as("the record that is no event is skipped, by its place")
        .contains("skipped: " + TOPICS.inbound() + "-0@")
        .doesNotContain("not a cloud event");
  }

  private static String printed(ByteArrayOutputStream out) {
    synchronized (out) {
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  private static DomainEvent status(
      MessageContent message, MessageStatus status, MessageStatus previous) {
    return new MessageStatusChanged(
        UUID.randomUUID(),
        NOW,
        message,
        status,
        Optional.ofNullable(previous),
        null,
        null,
        Optional.empty());
  }

  private static OutboxRecord outbox(DomainEvent event) {
    return new WireEvents(new ObjectMapper()).outboxRecord(event, 0);
  }

  private static ProducerRecord<String, byte[]> notAnEvent() {
    return new ProducerRecord<>(
        TOPICS.inbound(), "+12065550100", "not a cloud event".getBytes(StandardCharsets.UTF_8));
  }

  private static void publish(OutboxRecord... events) throws Exception {
    CloudEventsKafkaRecords relay = new CloudEventsKafkaRecords("/switchboard", TOPICS);
    try (KafkaProducer<String, byte[]> producer = producer()) {
      for (OutboxRecord event : events) {
        producer.send(relay.toProducerRecord(event)).get(30, TimeUnit.SECONDS);
      }
    }
  }

  private static void publish(ProducerRecord<String, byte[]> record) throws Exception {
    try (KafkaProducer<String, byte[]> producer = producer()) {
      producer.send(record).get(30, TimeUnit.SECONDS);
    }
  }

  private static KafkaProducer<String, byte[]> producer() {
    return new KafkaProducer<>(
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
        new StringSerializer(),
        new ByteArraySerializer());
  }
}
