package dev.switchboard.sandbox;

import dev.switchboard.events.contract.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Prints the events on Switchboard's topics as they arrive, with their CloudEvents headers: a
 * console consumer for the sandbox, where no Kafka tools are installed.
 */
public final class TailEvents {

  private TailEvents() {}

  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    List<String> topics = args.length > 0 ? List.of(args) : EventType.Topics.ALL;
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "tail-events-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    System.out.println("tail-events: " + topics + " on " + bootstrap + " (Ctrl-C to stop)");
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(topics);
      while (true) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          System.out.println(render(r));
        }
      }
    }
  }

  static String render(ConsumerRecord<String, byte[]> r) {
    StringBuilder out = new StringBuilder();
    out.append(r.topic()).append(" key=").append(r.key()).append('\n');
    for (Header h : r.headers()) {
      out.append("  ")
          .append(h.key())
          .append(": ")
          .append(new String(h.value(), StandardCharsets.UTF_8))
          .append('\n');
    }
    out.append("  ").append(new String(r.value(), StandardCharsets.UTF_8));
    return out.toString();
  }
}
