package dev.switchboard.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code switchboard.messages.status.v1} from the start on a thread of its own and keeps each
 * message's status events in topic order, once per event id (a redelivered event counts once).
 */
final class StatusEvents implements AutoCloseable {

  static final String TOPIC = "switchboard.messages.status.v1";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One {@code message.status-changed}: the status it moved to and from. */
  record Change(String status, String previousStatus, String flowrouteId) {}

  private final KafkaConsumer<String, byte[]> consumer;
  private final Map<String, List<Change>> byMessage = new ConcurrentHashMap<>();
  private final Set<String> seenEventIds = new HashSet<>();
  private final Thread thread;
  private volatile boolean running = true;

  StatusEvents(String bootstrapServers) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    consumer = new KafkaConsumer<>(props);
    thread = new Thread(this::run, "fault-suite-status-events");
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    try {
      List<TopicPartition> partitions = new ArrayList<>();
      while (running && partitions.isEmpty()) {
        List<PartitionInfo> infos = consumer.partitionsFor(TOPIC, Duration.ofSeconds(5));
        if (infos != null) {
          infos.forEach(i -> partitions.add(new TopicPartition(TOPIC, i.partition())));
        }
        if (partitions.isEmpty()) {
          Thread.sleep(500);
        }
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      while (running) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          take(record);
        }
      }
    } catch (WakeupException | InterruptedException e) {
      // closing
    } finally {
      consumer.close();
    }
  }

  private void take(ConsumerRecord<String, byte[]> record) {
    Header id = record.headers().lastHeader("ce_id");
    if (id != null && !seenEventIds.add(new String(id.value(), StandardCharsets.UTF_8))) {
      return;
    }
    try {
      JsonNode data = JSON.readTree(record.value());
      byMessage
          .computeIfAbsent(
              record.key(), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
          .add(
              new Change(
                  data.path("status").asText(),
                  data.path("previousStatus").asText(null),
                  data.path("flowrouteId").asText(null)));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("unreadable status event for " + record.key(), e);
    }
  }

  /** The message's status events so far, in order. */
  List<Change> of(String messageId) {
    List<Change> changes = byMessage.get(messageId);
    if (changes == null) {
      return List.of();
    }
    synchronized (changes) {
      return List.copyOf(changes);
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    consumer.wakeup();
    thread.join(5000);
  }
}
