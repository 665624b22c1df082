package dev.switchboard.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.sandbox.SandboxKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The watcher against a real broker: what it counts, and where it places the relay's send. */
class EventWatcherTest {

  private static final String TOPIC = "watcher-test";

  @Test
  void counts_each_copy_and_places_the_send_time_of_the_first_on_the_nano_clock() throws Exception {
    try (SandboxKafka kafka = SandboxKafka.start(0, null);
        EventWatcher watcher = EventWatcher.start(kafka.bootstrapServers(), TOPIC);
        KafkaProducer<String, byte[]> producer = producer(kafka.bootstrapServers())) {
      long sentMillis = System.currentTimeMillis() - 5_000;
      long nanosAtSend = System.nanoTime() - Duration.ofSeconds(5).toNanos();
      byte[] event = "{\"data\":{\"flowrouteId\":\"mdr2-abc\"}}".getBytes(StandardCharsets.UTF_8);
      producer.send(new ProducerRecord<>(TOPIC, null, sentMillis, "k", event)).get();
      producer.send(new ProducerRecord<>(TOPIC, null, sentMillis + 3_000, "k", event)).get();

      assertThat(watcher.awaitAll(List.of("mdr2-abc"), Duration.ofSeconds(20))).isZero();
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (watcher.count("mdr2-abc") < 2 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }

      assertThat(watcher.count("mdr2-abc")).isEqualTo(2);
      // The first copy's timestamp, five seconds back, to the millisecond of the record.
      assertThat(watcher.sentAt("mdr2-abc"))
          .isBetween(nanosAtSend - 3_000_000L, nanosAtSend + 3_000_000L);
      assertThat(watcher.seenAt("mdr2-abc")).isGreaterThan(watcher.sentAt("mdr2-abc"));

      watcher.forget(List.of("mdr2-abc"));
      assertThat(watcher.sentAt("mdr2-abc")).isNull();
      assertThat(watcher.count("mdr2-abc")).isZero();
    }
  }

  private static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return new KafkaProducer<>(p);
  }
}
