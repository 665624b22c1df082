package dev.switchboard.api.outages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.api.support.Events;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.api.support.Traffic;
import dev.switchboard.domain.events.OutboxRecord;
import dev.switchboard.domain.events.port.out.EventSink;
import dev.switchboard.events.EventPublishException;
import dev.switchboard.events.EventsConfig;
import dev.switchboard.events.KafkaEventSink;
import dev.switchboard.events.OutboxRelay;
import dev.switchboard.persistence.outbox.OutboxNotifications;
import dev.switchboard.persistence.outbox.PostgresOutboxFeed;
import dev.switchboard.sandbox.SandboxKafka;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two relays and one turn: the first stalls after reading its batch, loses the turn (its database
 * session ends, as when its host is cut off), the second takes over and publishes; the first's late
 * batch is refused by Kafka, so nothing lands twice or out of order.
 */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class RelayFencingTest {

  static final String OURS = "+12065550100";
  static final String PHONE = "+14255553888";

  FlowrouteEmulator emulator;
  SandboxKafka kafka;

  @Inject OutboxRelay appRelay;
  @Inject PostgresOutboxFeed appFeed;
  @Inject AgroalDataSource dataSource;
  @Inject OutboxNotifications notifications;
  @Inject EventsConfig events;

  @Inject
  @Identifier("default-kafka-broker")
  Map<String, Object> kafkaSettings;

  @Test
  void a_relay_that_lost_its_turn_while_it_stalled_cannot_publish_its_late_batch()
      throws Exception {
    String run = "fenced " + UUID.randomUUID();
    Traffic traffic = new Traffic(Tokens.all(emulator));
    // The application's own relay steps aside: these two relays are the replicas under test.
    appRelay.stop();
    appFeed.close();
    ExecutorService relayThreads = Executors.newSingleThreadExecutor();
    KafkaEventSink kafkaA = new KafkaEventSink(events, kafkaSettings);
    KafkaEventSink kafkaB = new KafkaEventSink(events, kafkaSettings);
    PostgresOutboxFeed first = new PostgresOutboxFeed(dataSource, notifications);
    PostgresOutboxFeed second = new PostgresOutboxFeed(dataSource, notifications);
    CountDownLatch read = new CountDownLatch(1);
    CountDownLatch resume = new CountDownLatch(1);
    EventSink stalling =
        new EventSink() {
          @Override
          public void publish(List<OutboxRecord> records) {
            read.countDown();
            try {
              resume.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            kafkaA.publish(records);
          }

          @Override
          public void turnTaken() {
            kafkaA.turnTaken();
          }
        };
    try {
      for (int i = 0; i < 5; i++) {
        assertThat(traffic.inbound(PHONE, OURS, run + " #" + i).status()).isEqualTo(200);
      }
      Future<Integer> late = relayThreads.submit(() -> first.publishNext(500, stalling));
      assertThat(read.await(30, TimeUnit.SECONDS)).as("the first relay read its batch").isTrue();

      assertThat(endSessionHoldingTheTurn()).isEqualTo(1);
      for (int i = 5; i < 8; i++) {
        assertThat(traffic.inbound(PHONE, OURS, run + " #" + i).status()).isEqualTo(200);
      }
      await().atMost(Duration.ofSeconds(30)).until(() -> second.publishNext(500, kafkaB) > 0);
      while (second.publishNext(500, kafkaB) > 0) {
        // the rest of the backlog, if any
      }

      resume.countDown();
      assertThatThrownBy(() -> late.get(30, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(EventPublishException.class)
          .hasMessageContaining("another relay took the turn");
    } finally {
      resume.countDown();
      relayThreads.shutdownNow();
      second.close();
      first.close();
      kafkaA.close();
      kafkaB.close();
      appRelay.start();
    }

    List<Events.Event> published =
        Events.await(
            kafka.bootstrapServers(),
            "switchboard.messages.inbound.v1",
            e -> e.value().contains(run + " #"),
            8,
            Duration.ofSeconds(30));
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      expected.add(run + " #" + i);
    }
    ObjectMapper json = new ObjectMapper();
    assertThat(published.stream().map(e -> body(json, e)).toList())
        .containsExactlyElementsOf(expected);
  }

  /** Ends the database session that holds the relay's advisory lock; how many were ended. */
  private int endSessionHoldingTheTurn() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet ended =
            s.executeQuery(
                "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_locks"
                    + " WHERE locktype = 'advisory' AND granted AND classid = "
                    + 0x53420002L
                    + " AND objid = 0")) {
      ended.next();
      return ended.getInt(1);
    }
  }

  private static String body(ObjectMapper json, Events.Event event) {
    try {
      return json.readTree(event.value()).path("body").asText();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
