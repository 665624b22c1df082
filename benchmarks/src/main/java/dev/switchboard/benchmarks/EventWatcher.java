package dev.switchboard.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the inbound-events topic from its current end and timestamps each event the moment it is
 * readable, keyed by the Flowroute id in its data, counting how often each id arrives. Also keeps
 * each record's own timestamp, which the relay's producer sets when it sends the event, so that a
 * step can tell the time to the relay's send from the time the broker and consumer took after it.
 */
public final class EventWatcher implements AutoCloseable {

  private static final Pattern FLOWROUTE_ID =
      Pattern.compile("\"flowrouteId\"\\s*:\\s*\"([^\"]+)\"");

  private final KafkaConsumer<String, byte[]> consumer;
  private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
  private final Map<String, Long> sentAtMillis = new ConcurrentHashMap<>();

  /** {@link System#nanoTime()} minus the wall clock, to place record timestamps (±1 ms). */
  private final long nanosMinusWallClock =
      System.nanoTime() - System.currentTimeMillis() * 1_000_000L;

  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile boolean running = true;

  private EventWatcher(KafkaConsumer<String, byte[]> consumer, List<TopicPartition> partitions) {
    this.consumer = consumer;
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
    this.thread = new Thread(this::poll, "event-watcher");
    thread.setDaemon(true);
    thread.start();
  }

  /** Creates the topic if needed (3 partitions, as the broker would) and starts reading it. */
  public static EventWatcher start(String bootstrapServers, String topic) throws Exception {
    Properties admin = new Properties();
    admin.put("bootstrap.servers", bootstrapServers);
    try (Admin client = Admin.create(admin)) {
      try {
        client.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
      } catch (java.util.concurrent.ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
      }
    }
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
    // As docs/events.md asks of every consumer: an event is readable once the relay's Kafka
    // transaction that carries it has committed, not when its record reaches the log.
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props);
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .toList();
    return new EventWatcher(consumer, partitions);
  }

  private void poll() {
    while (running) {
      try {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
          long now = System.nanoTime();
          String id = flowrouteId(record.value());
          if (id != null) {
            firstSeen.putIfAbsent(id, now);
            sentAtMillis.putIfAbsent(id, record.timestamp());
            counts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
          }
        }
      } catch (org.apache.kafka.common.errors.WakeupException e) {
        return;
      }
    }
  }

  static String flowrouteId(byte[] value) {
    if (value == null) {
      return null;
    }
    Matcher m = FLOWROUTE_ID.matcher(new String(value, java.nio.charset.StandardCharsets.UTF_8));
    return m.find() ? m.group(1) : null;
  }

  /** When the event of this Flowroute id became readable ({@link System#nanoTime()}), or null. */
  public Long seenAt(String flowrouteId) {
    return firstSeen.get(flowrouteId);
  }

  /**
   * When the relay's producer sent the first copy of this event, on the {@link System#nanoTime()}
   * scale (to the millisecond of the record's timestamp), or null.
   */
  public Long sentAt(String flowrouteId) {
    Long millis = sentAtMillis.get(flowrouteId);
    return millis == null ? null : millis * 1_000_000L + nanosMinusWallClock;
  }

  public int count(String flowrouteId) {
    AtomicInteger count = counts.get(flowrouteId);
    return count == null ? 0 : count.get();
  }

  /**
   * Drops what was recorded of these ids: a step that has counted its events forgets them, so the
   * harness's heap (and its garbage collector's pauses, which would stall the load it generates)
   * does not grow with every event of the run.
   */
  public void forget(Iterable<String> ids) {
    for (String id : ids) {
      firstSeen.remove(id);
      sentAtMillis.remove(id);
      counts.remove(id);
    }
  }

  /** Waits until every id has arrived or the timeout passes; answers how many are missing. */
  public long awaitAll(Iterable<String> ids, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long missing = 0;
      for (String id : ids) {
        if (!firstSeen.containsKey(id)) {
          missing++;
        }
      }
      if (missing == 0 || System.nanoTime() > deadline) {
        return missing;
      }
      Thread.sleep(100);
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    consumer.wakeup();
    thread.join(5_000);
    consumer.close(Duration.ofSeconds(2));
  }
}
