package dev.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class SandboxKafkaTest {

  @Test
  void keeps_its_records_across_a_stop_and_restart() throws Exception {
    try (SandboxKafka kafka = SandboxKafka.start(0, null)) {
      produce(kafka, "before");

      kafka.stop();
      assertThat(kafka.isRunning()).isFalse();
      kafka.restart();
      assertThat(kafka.isRunning()).isTrue();
      produce(kafka, "after");

      assertThat(consumeAll(kafka)).containsExactly("before", "after");
    }
  }

  @Test
  void created_topics_have_every_partition_led_when_the_call_returns() throws Exception {
    try (SandboxKafka kafka = SandboxKafka.start(0, null);
        Admin admin =
            Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      kafka.createTopics(List.of("made-first", "made-second"), 2);

      Map<String, TopicDescription> topics =
          admin.describeTopics(List.of("made-first", "made-second")).allTopicNames().get();
      assertThat(topics.values())
          .allSatisfy(
              topic ->
                  assertThat(topic.partitions())
                      .hasSize(2)
                      .allSatisfy(partition -> assertThat(partition.leader()).isNotNull()));
    }
  }

  private static void produce(SandboxKafka kafka, String value) throws Exception {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            kafka.bootstrapServers(),
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class,
            ProducerConfig.MAX_BLOCK_MS_CONFIG,
            30_000);
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
      producer.send(new ProducerRecord<>("sandbox-test", "key", value)).get();
    }
  }

  private static List<String> consumeAll(SandboxKafka kafka) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            kafka.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            "sandbox-test",
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
            StringDeserializer.class,
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
            StringDeserializer.class);
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
      consumer.subscribe(List.of("sandbox-test"));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (values.size() < 2 && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          values.add(record.value());
        }
      }
    }
    return values;
  }
}
