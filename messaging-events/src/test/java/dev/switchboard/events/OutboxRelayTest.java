package dev.switchboard.events;

import static dev.switchboard.events.TestTopics.header;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.events.OutboxRecord;
import dev.switchboard.sandbox.SandboxKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxRelayTest {

  private static SandboxKafka kafka;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final EventTopics topics =
      new EventTopics("in-" + run, "status-" + run, "numbers-" + run, "opt-outs-" + run);
  private final ListOutboxFeed feed = new ListOutboxFeed();
  private KafkaEventSink sink;
  private OutboxRelay relay;

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
  void stopRelay() {
    if (relay != null) {
      relay.stop();
    }
    if (sink != null) {
      sink.close();
    }
    kafka.restart();
  }

  @Test
  void publishes_waiting_and_new_events_in_order_in_batches_without_waiting_for_the_poll() {
    // A poll interval far beyond the test's patience: only the feed's wake-up can explain speed.
    start(new RelaySettings(4, Duration.ofSeconds(60), Duration.ofSeconds(1)));
    List<String> messageIds = List.of(id(), id());
    List<OutboxRecord> waiting = statusChanges(0, 11, messageIds);
    feed.append(waiting);
    awaitTrue(() -> feed.publishedCount() == 11, Duration.ofSeconds(15));

    List<OutboxRecord> later = statusChanges(11, 5, messageIds);
    feed.append(later);
    awaitTrue(() -> feed.publishedCount() == 16, Duration.ofSeconds(5));

    assertThat(relay.published()).isEqualTo(16);
    assertThat(relay.consecutiveFailures()).isZero();
    assertThat(relay.lastSuccessAt()).isPresent();
    assertThat(relay.lastError()).isEmpty();
    List<OutboxRecord> all = new ArrayList<>(waiting);
    all.addAll(later);
    List<ConsumerRecord<String, byte[]>> read =
        TestTopics.readAll(kafka.bootstrapServers(), topics.status());
    assertThat(read).hasSize(16);
    for (String messageId : messageIds) {
      assertThat(idsOnTopicWithKey(read, messageId))
          .containsExactlyElementsOf(idsWithKey(all, messageId));
    }
  }

  @Test
  void keeps_retrying_while_kafka_is_down_and_then_delivers_every_event_exactly_once() {
    start(new RelaySettings(50, Duration.ofMillis(200), Duration.ofMillis(400)));
    List<String> messageIds = List.of(id(), id(), id());
    List<OutboxRecord> beforeOutage = statusChanges(0, 6, messageIds);
    feed.append(beforeOutage);
    awaitTrue(() -> feed.publishedCount() == 6, Duration.ofSeconds(15));

    kafka.stop();
    List<OutboxRecord> duringOutage = statusChanges(6, 9, messageIds);
    feed.append(duringOutage);
    awaitTrue(() -> relay.consecutiveFailures() >= 2, Duration.ofSeconds(15));

    assertThat(feed.publishedCount())
        .as("nothing marked published while Kafka is down")
        .isEqualTo(6);
    assertThat(relay.published()).isEqualTo(6);
    assertThat(relay.lastError()).hasValueSatisfying(e -> assertThat(e).contains("Kafka"));
    assertThat(relay.isRunning()).isTrue();

    kafka.restart();
    awaitTrue(() -> feed.publishedCount() == 15, Duration.ofSeconds(20));

    assertThat(relay.published()).isEqualTo(15);
    assertThat(relay.consecutiveFailures()).isZero();
    assertThat(relay.lastError()).isEmpty();
    List<OutboxRecord> all = new ArrayList<>(beforeOutage);
    all.addAll(duringOutage);
    List<ConsumerRecord<String, byte[]>> read =
        TestTopics.readAll(kafka.bootstrapServers(), topics.status());
    assertThat(read.stream().map(r -> header(r, "ce_id")))
        .as("every event exactly once")
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(
            all.stream().map(e -> e.eventId().toString()).toList());
    for (String messageId : messageIds) {
      assertThat(idsOnTopicWithKey(read, messageId))
          .containsExactlyElementsOf(idsWithKey(all, messageId));
    }
  }

  @Test
  void events_that_trickle_in_right_after_a_round_wait_for_the_linger_and_go_out_together() {
    start(
        new RelaySettings(
            100, Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofSeconds(1)));
    awaitTrue(() -> feed.rounds() >= 1, Duration.ofSeconds(5));
    List<String> keys = List.of(id());
    // After a quiet spell the linger has passed: the first event goes out on its own.
    sleep(Duration.ofMillis(1_100));
    feed.append(statusChanges(0, 1, keys));
    awaitTrue(() -> feed.publishedCount() == 1, Duration.ofSeconds(5));

    feed.append(statusChanges(1, 1, keys));
    sleep(Duration.ofMillis(50));
    feed.append(statusChanges(2, 1, keys));
    awaitTrue(() -> feed.publishedCount() == 3, Duration.ofSeconds(5));

    assertThat(feed.batchSizes()).containsExactly(1, 2);
  }

  @Test
  void stops_its_thread_on_request() {
    start(new RelaySettings(10, Duration.ofSeconds(60), Duration.ofSeconds(1)));
    awaitTrue(() -> feed.rounds() >= 1, Duration.ofSeconds(5));
    assertThat(relay.isRunning()).isTrue();

    relay.stop();

    assertThat(relay.isRunning()).isFalse();
    int rounds = feed.rounds();
    feed.append(statusChanges(0, 1, List.of(id())));
    sleep(Duration.ofMillis(300));
    assertThat(feed.rounds()).isEqualTo(rounds);
    assertThat(feed.publishedCount()).isZero();
  }

  private void start(RelaySettings settings) {
    sink =
        new KafkaEventSink(
            kafka.bootstrapServers(),
            Duration.ofSeconds(2),
            new CloudEventsKafkaRecords("/switchboard", topics));
    relay = new OutboxRelay(feed, sink, settings);
    relay.start();
  }

  /** {@code count} status changes spread over the messages in turn, from {@code position}. */
  private static List<OutboxRecord> statusChanges(int position, int count, List<String> keys) {
    List<OutboxRecord> events = new ArrayList<>();
    for (int i = position; i < position + count; i++) {
      events.add(TestEvents.statusChange(i, keys.get(i % keys.size())));
    }
    return events;
  }

  private static List<String> idsWithKey(List<OutboxRecord> events, String key) {
    return events.stream()
        .filter(e -> e.key().equals(key))
        .map(e -> e.eventId().toString())
        .toList();
  }

  private static List<String> idsOnTopicWithKey(
      List<ConsumerRecord<String, byte[]>> records, String key) {
    return records.stream().filter(r -> key.equals(r.key())).map(r -> header(r, "ce_id")).toList();
  }

  private static void awaitTrue(BooleanSupplier condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "condition not met within " + timeout + "; the relay thread was at " + relayStack());
      }
      sleep(Duration.ofMillis(20));
    }
  }

  private static String relayStack() {
    return Thread.getAllStackTraces().entrySet().stream()
        .filter(e -> e.getKey().getName().equals("switchboard-outbox-relay"))
        .map(e -> java.util.Arrays.toString(e.getValue()))
        .findFirst()
        .orElse("(no relay thread)");
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String id() {
    return UUID.randomUUID().toString();
  }
}
