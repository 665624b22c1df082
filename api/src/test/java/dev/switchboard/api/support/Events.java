package dev.switchboard.api.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from its start with a plain Kafka consumer, as a downstream service would. */
public final class Events {

  /** One record as a consumer sees it: key, CloudEvents headers and JSON value. */
  public record Event(String key, Map<String, String> headers, String value) {
    public String header(String name) {
      return headers.get(name);
    }

    /**
     * A top-level field of the JSON value as text ({@code ""} when absent). Parsed, because the
     * outbox keeps the data as PostgreSQL {@code jsonb}, which spaces it its own way.
     */
    public String field(String name) {
      try {
        return JSON.readTree(value).path(name).asText();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private Events() {}

  /**
   * Polls {@code topic} until {@code count} records match or {@code timeout} passes, and returns
   * every matching record seen (possibly more than {@code count}, never fewer unless time ran out).
   */
  public static List<Event> await(
      String bootstrap, String topic, Predicate<Event> match, int count, Duration timeout) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    // As docs/events.md asks of consumers: a fenced relay's aborted batch is never seen.
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<Event> matched = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + timeout.toNanos();
      // Once enough matched, read a little longer so that duplicates, if any, would show.
      long settledAt = Long.MAX_VALUE;
      while (System.nanoTime() < Math.min(deadline, settledAt)) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          Event event = toEvent(r);
          if (match.test(event)) {
            matched.add(event);
          }
        }
        if (matched.size() >= count && settledAt == Long.MAX_VALUE) {
          settledAt = System.nanoTime() + Duration.ofMillis(1500).toNanos();
        }
      }
    }
    return matched;
  }

  /**
   * The events of one CloudEvents type about one number on the numbers topic, as {@link #await}
   * returns them for one expected event.
   */
  public static List<Event> aboutNumber(
      String bootstrap, String number, String type, Duration timeout) {
    return await(
        bootstrap,
        "switchboard.numbers.v1",
        e -> number.equals(e.key()) && type.equals(e.header("ce_type")),
        1,
        timeout);
  }

  private static Event toEvent(ConsumerRecord<String, byte[]> r) {
    Map<String, String> headers = new HashMap<>();
    for (Header h : r.headers()) {
      headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
    }
    return new Event(r.key(), headers, new String(r.value(), StandardCharsets.UTF_8));
  }
}
