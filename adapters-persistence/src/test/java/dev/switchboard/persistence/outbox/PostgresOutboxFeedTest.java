package dev.switchboard.persistence.outbox;

import static dev.switchboard.persistence.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.events.EventStream;
import dev.switchboard.domain.events.OutboxRecord;
import dev.switchboard.domain.events.port.out.EventSink;
import dev.switchboard.persistence.Fixtures;
import dev.switchboard.persistence.Plans;
import dev.switchboard.persistence.PoolBorrower;
import dev.switchboard.persistence.PostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The relay's side of the outbox: order, failure, one relay at a time, and wake-ups. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PostgresOutboxFeedTest {

  /** The advisory lock that is the relay's turn, held by at most one session. */
  private static final String TURN_LOCK =
      "FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = "
          + PostgresOutboxFeed.LOCK_NAMESPACE
          + " AND objid = 0 AND objsubid = 2";

  /** A setting as the session has it now. */
  private static final String NOW = "current_setting('%s')";

  /** A setting as the session started, before anyone changed it. */
  private static final String AT_SESSION_START =
      "(SELECT reset_val FROM pg_settings WHERE name = '%s')";

  @Inject PanacheOutbox outbox;
  @Inject PostgresOutboxFeed feed;
  @Inject AgroalDataSource dataSource;
  @Inject ObjectMapper json;
  @Inject OutboxWakeUp wakeUp;

  @BeforeEach
  void empty() {
    // Positions restart with the emptied table: no removal of an earlier test may hit a new row.
    feed.close();
    Fixtures.emptyDatabase(dataSource);
  }

  @Test
  void hands_out_events_in_the_order_they_were_written_and_never_again() throws Exception {
    TestEvent first = event("message.received", Map.of("body", "hi", "media", List.of()));
    TestEvent second = event("message.status-changed", Map.of("status", "SENT", "attempt", 2));
    TestEvent third = event("number.purchased", Map.of("number", "+12065550100"));
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              outbox.append(first);
              outbox.append(second);
            });
    QuarkusTransaction.requiringNew().run(() -> outbox.append(third));
    Collecting sink = new Collecting();

    int published = feed.publishNext(10, sink);

    assertThat(published).isEqualTo(3);
    assertThat(sink.records)
        .extracting(OutboxRecord::eventId)
        .containsExactly(first.id(), second.id(), third.id());
    assertThat(sink.records).extracting(OutboxRecord::position).isSorted().doesNotHaveDuplicates();
    OutboxRecord stored = sink.records.get(1);
    assertThat(stored.type()).isEqualTo(second.type());
    assertThat(stored.stream()).isEqualTo(second.stream());
    assertThat(stored.key()).isEqualTo(second.key());
    assertThat(stored.subject()).isEqualTo(second.subject());
    assertThat(stored.time()).isEqualTo(second.time());
    assertThat(json.readTree(stored.dataJson())).isEqualTo(json.valueToTree(second.data()));
    assertThat(feed.publishNext(10, sink)).isZero();
    assertThat(sink.records).hasSize(3);
    assertThat(outboxRows()).isZero();
  }

  @Test
  void removes_a_round_with_the_statement_that_reads_the_next_one() throws Exception {
    QuarkusTransaction.requiringNew()
        .run(() -> outbox.appendAll(List.of(event("a", Map.of()), event("b", Map.of()))));
    QuarkusTransaction.requiringNew().run(() -> outbox.append(event("c", Map.of())));
    Collecting sink = new Collecting();

    assertThat(feed.publishNext(2, sink)).isEqualTo(2);
    assertThat(outboxRows()).as("removal waits for the next round").isEqualTo(3);
    assertThat(feed.publishNext(2, sink)).isEqualTo(1);

    assertThat(remainingEventIds()).containsExactly(sink.records.get(2).eventId());
  }

  @Test
  void removes_the_last_round_before_it_waits_for_news() throws Exception {
    QuarkusTransaction.requiringNew().run(() -> outbox.append(event("a", Map.of())));
    assertThat(feed.publishNext(10, new Collecting())).isEqualTo(1);

    drainNotifications();

    assertThat(outboxRows()).isZero();
  }

  @Test
  void removes_the_last_round_when_it_closes() throws Exception {
    QuarkusTransaction.requiringNew().run(() -> outbox.append(event("a", Map.of())));
    assertThat(feed.publishNext(10, new Collecting())).isEqualTo(1);

    feed.close();

    assertThat(outboxRows()).isZero();
  }

  @Test
  void keeps_the_turn_between_rounds_and_hands_it_over_when_it_closes() throws Exception {
    QuarkusTransaction.requiringNew().run(() -> outbox.append(event("a", Map.of())));
    PostgresOutboxFeed otherReplica = anotherReplica();
    try {
      assertThat(feed.publishNext(10, new Collecting())).isEqualTo(1);
      TestEvent later = event("b", Map.of());
      QuarkusTransaction.requiringNew().run(() -> outbox.append(later));
      Collecting otherSink = new Collecting();

      assertThat(otherReplica.publishNext(10, otherSink)).as("while the turn is held").isZero();
      feed.close();
      assertThat(otherReplica.publishNext(10, otherSink)).isEqualTo(1);

      assertThat(otherSink.records).extracting(OutboxRecord::eventId).containsExactly(later.id());
    } finally {
      otherReplica.close();
    }
  }

  @Test
  void gives_the_turn_up_when_the_sink_fails_so_another_replica_goes_on() throws Exception {
    TestEvent written = event("a", Map.of());
    QuarkusTransaction.requiringNew().run(() -> outbox.append(written));
    PostgresOutboxFeed otherReplica = anotherReplica();
    try {
      IllegalStateException brokerUnreachable = new IllegalStateException("unreachable");
      assertThatThrownBy(
              () ->
                  feed.publishNext(
                      10,
                      records -> {
                        throw brokerUnreachable;
                      }))
          .isSameAs(brokerUnreachable);
      Collecting otherSink = new Collecting();

      assertThat(otherReplica.publishNext(10, otherSink)).isEqualTo(1);

      assertThat(otherSink.records.get(0).eventId()).isEqualTo(written.id());
      assertThat(feed.publishNext(10, new Collecting())).as("the turn is taken").isZero();
    } finally {
      otherReplica.close();
    }
  }

  @Test
  void fails_the_round_when_its_connection_breaks_and_then_goes_on_without_repeating_events()
      throws Exception {
    TestEvent first = event("a", Map.of());
    QuarkusTransaction.requiringNew().run(() -> outbox.append(first));
    Collecting sink = new Collecting();
    assertThat(feed.publishNext(10, sink)).isEqualTo(1);
    TestEvent second = event("b", Map.of());
    QuarkusTransaction.requiringNew().run(() -> outbox.append(second));

    assertThat(terminateTurnHolder()).isTrue();

    assertThatThrownBy(() -> feed.publishNext(10, sink)).isInstanceOf(OutboxFeedException.class);
    assertThat(feed.publishNext(10, sink)).isEqualTo(1);
    assertThat(sink.records)
        .extracting(OutboxRecord::eventId)
        .containsExactly(first.id(), second.id());
    assertThat(remainingEventIds()).containsExactly(second.id());
  }

  @Test
  void hands_out_events_appended_at_once_in_their_order_with_every_field() throws Exception {
    List<TestEvent> batch = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      batch.add(event("message.received", Map.of("body", "hi " + i, "n", i)));
    }
    TestEvent without =
        new TestEvent(
            UUID.randomUUID(), "x", EventStream.MESSAGES_INBOUND, "k", null, T0, Map.of());
    batch.add(without);
    QuarkusTransaction.requiringNew().run(() -> outbox.appendAll(List.copyOf(batch)));
    Collecting sink = new Collecting();

    assertThat(feed.publishNext(10, sink)).isEqualTo(6);

    assertThat(sink.records)
        .extracting(OutboxRecord::eventId)
        .containsExactlyElementsOf(batch.stream().map(TestEvent::id).toList());
    assertThat(sink.records).extracting(OutboxRecord::position).isSorted().doesNotHaveDuplicates();
    for (int i = 0; i < batch.size(); i++) {
      OutboxRecord stored = sink.records.get(i);
      TestEvent written = batch.get(i);
      assertThat(stored.type()).isEqualTo(written.type());
      assertThat(stored.stream()).isEqualTo(written.stream());
      assertThat(stored.key()).isEqualTo(written.key());
      assertThat(stored.subject()).isEqualTo(written.subject());
      assertThat(stored.time()).isEqualTo(written.time());
      assertThat(json.readTree(stored.dataJson())).isEqualTo(json.valueToTree(written.data()));
    }
  }

  @Test
  void keeps_no_event_of_a_batch_whose_transaction_rolls_back() throws Exception {
    List<TestEvent> batch = List.of(event("a", Map.of()), event("b", Map.of()));

    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          outbox.appendAll(List.copyOf(batch));
                          throw new IllegalStateException("changed our mind");
                        }))
        .hasMessageContaining("changed our mind");

    assertThat(feed.publishNext(10, new Collecting())).isZero();
  }

  @Test
  void hands_out_no_more_than_asked_and_the_rest_next_time() {
    TestEvent first = event("a", Map.of());
    TestEvent second = event("b", Map.of());
    TestEvent third = event("c", Map.of());
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              outbox.append(first);
              outbox.append(second);
              outbox.append(third);
            });
    Collecting sink = new Collecting();

    assertThat(feed.publishNext(2, sink)).isEqualTo(2);
    assertThat(feed.publishNext(2, sink)).isEqualTo(1);

    assertThat(sink.records)
        .extracting(OutboxRecord::eventId)
        .containsExactly(first.id(), second.id(), third.id());
  }

  @Test
  void leaves_events_unpublished_when_the_sink_fails_and_hands_them_out_again_later()
      throws Exception {
    TestEvent first = event("a", Map.of());
    TestEvent second = event("b", Map.of());
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              outbox.append(first);
              outbox.append(second);
            });
    IllegalStateException brokerDown = new IllegalStateException("broker down");

    assertThatThrownBy(
            () ->
                feed.publishNext(
                    10,
                    records -> {
                      throw brokerDown;
                    }))
        .isSameAs(brokerDown);
    assertThat(outboxRows()).isEqualTo(2);

    Collecting sink = new Collecting();
    assertThat(feed.publishNext(10, sink)).isEqualTo(2);
    assertThat(sink.records)
        .extracting(OutboxRecord::eventId)
        .containsExactly(first.id(), second.id());
    feed.close();
    assertThat(outboxRows()).isZero();
  }

  @Test
  void gives_nothing_to_a_second_relay_while_the_first_one_publishes() throws Exception {
    QuarkusTransaction.requiringNew().run(() -> outbox.append(event("a", Map.of())));
    CountDownLatch publishing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService threads = Executors.newSingleThreadExecutor();
    PostgresOutboxFeed otherReplica = anotherReplica();
    try {
      Future<Integer> firstRelay =
          threads.submit(
              () ->
                  feed.publishNext(
                      10,
                      records -> {
                        publishing.countDown();
                        await(release);
                      }));
      assertThat(publishing.await(30, TimeUnit.SECONDS)).isTrue();
      Collecting secondSink = new Collecting();

      int second = otherReplica.publishNext(10, secondSink);

      release.countDown();
      assertThat(second).isZero();
      assertThat(secondSink.records).isEmpty();
      assertThat(firstRelay.get(30, TimeUnit.SECONDS)).isEqualTo(1);
    } finally {
      release.countDown();
      threads.shutdownNow();
      otherReplica.close();
    }
  }

  @Test
  void wakes_a_waiting_relay_when_another_transaction_writes_an_event() throws Exception {
    drainNotifications();
    TestEvent written = event("a", Map.of());
    Duration timeout = Duration.ofSeconds(60);
    ExecutorService threads = Executors.newSingleThreadExecutor();
    try {
      Future<?> writer =
          threads.submit(
              () -> {
                Thread.sleep(200);
                QuarkusTransaction.requiringNew().run(() -> outbox.append(written));
                return null;
              });
      long started = System.nanoTime();

      feed.awaitNew(timeout);

      Duration waited = Duration.ofNanos(System.nanoTime() - started);
      writer.get(30, TimeUnit.SECONDS);
      assertThat(waited).isLessThan(timeout.minusSeconds(10));
      Collecting sink = new Collecting();
      assertThat(feed.publishNext(10, sink)).isEqualTo(1);
      assertThat(sink.records.get(0).eventId()).isEqualTo(written.id());
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void wakes_a_relay_on_another_replica_soon_after_an_append_commits_here() throws Exception {
    OutboxNotifications otherReplicasListener = new OutboxNotifications(dataSource);
    PostgresOutboxFeed otherReplica = new PostgresOutboxFeed(dataSource, otherReplicasListener);
    ExecutorService threads = Executors.newSingleThreadExecutor();
    try {
      drainNotifications(otherReplica);
      long sentBefore = wakeUp.notificationsSent();
      AtomicLong wokenAt = new AtomicLong();
      Future<?> waiter =
          threads.submit(
              () -> {
                otherReplica.awaitNew(Duration.ofSeconds(60));
                wokenAt.set(System.nanoTime());
                return null;
              });
      Thread.sleep(200);
      assertThat(waiter).as("nothing was written yet").isNotDone();

      QuarkusTransaction.requiringNew().run(() -> outbox.append(event("a", Map.of())));
      long committedAt = System.nanoTime();

      waiter.get(30, TimeUnit.SECONDS);
      assertThat(Duration.ofNanos(wokenAt.get() - committedAt)).isLessThan(Duration.ofSeconds(1));
      assertThat(wakeUp.notificationsSent()).isGreaterThan(sentBefore);
    } finally {
      threads.shutdownNow();
      otherReplicasListener.close();
    }
  }

  @Test
  void notifies_no_other_replica_while_the_relay_here_holds_the_turn_and_again_once_it_gave_it_up()
      throws Exception {
    assertThat(feed.publishNext(10, new Collecting())).isZero();
    drainNotifications(feed);
    long sentBefore = wakeUp.notificationsSent();

    QuarkusTransaction.requiringNew().run(() -> outbox.append(event("a", Map.of())));

    assertThat(waitedFully(feed, Duration.ofSeconds(5))).as("the relay here is woken").isFalse();
    Thread.sleep(300);
    assertThat(wakeUp.notificationsSent()).isEqualTo(sentBefore);

    feed.close();
    QuarkusTransaction.requiringNew().run(() -> outbox.append(event("b", Map.of())));

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (wakeUp.notificationsSent() == sentBefore && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(wakeUp.notificationsSent()).isGreaterThan(sentBefore);
  }

  @Test
  void vacuums_the_outbox_once_it_has_removed_enough_rows_so_reads_walk_no_dead_entries()
      throws Exception {
    PostgresOutboxFeed vacuuming =
        new PostgresOutboxFeed(dataSource, new OutboxNotifications(dataSource), 20, Duration.ZERO);
    try {
      long vacuumsBefore = manualVacuums();
      for (int i = 0; i < 3; i++) {
        List<TestEvent> batch = new ArrayList<>();
        for (int j = 0; j < 10; j++) {
          batch.add(event("e" + i + "-" + j, Map.of()));
        }
        QuarkusTransaction.requiringNew().run(() -> outbox.appendAll(List.copyOf(batch)));
      }
      Collecting sink = new Collecting();

      assertThat(vacuuming.publishNext(10, sink)).isEqualTo(10);
      assertThat(vacuuming.publishNext(10, sink)).isEqualTo(10);
      assertThat(manualVacuums()).as("10 removed so far").isEqualTo(vacuumsBefore);
      assertThat(vacuuming.publishNext(10, sink)).isEqualTo(10);
      assertThat(vacuuming.publishNext(10, sink)).isZero();

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (manualVacuums() == vacuumsBefore && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(manualVacuums()).as("20 removed").isEqualTo(vacuumsBefore + 1);
      assertThat(sink.records).hasSize(30);
      assertThat(sink.records).extracting(OutboxRecord::eventId).doesNotHaveDuplicates();
    } finally {
      vacuuming.close();
    }
  }

  @Test
  void wakes_no_relay_when_the_transaction_that_appended_rolls_back() throws Exception {
    OutboxNotifications otherReplicasListener = new OutboxNotifications(dataSource);
    PostgresOutboxFeed otherReplica = new PostgresOutboxFeed(dataSource, otherReplicasListener);
    try {
      drainNotifications(feed);
      drainNotifications(otherReplica);
      long sentBefore = wakeUp.notificationsSent();
      IllegalStateException abort = new IllegalStateException("abort");

      assertThatThrownBy(
              () ->
                  QuarkusTransaction.requiringNew()
                      .run(
                          () -> {
                            outbox.append(event("a", Map.of()));
                            throw abort;
                          }))
          .isSameAs(abort);

      assertThat(waitedFully(feed, Duration.ofMillis(300))).as("this replica's relay").isTrue();
      assertThat(waitedFully(otherReplica, Duration.ofMillis(300)))
          .as("another replica's relay")
          .isTrue();
      assertThat(wakeUp.notificationsSent()).isEqualTo(sentBefore);
      assertThat(outboxRows()).isZero();
    } finally {
      otherReplicasListener.close();
    }
  }

  @Test
  void removes_exactly_the_published_rows_even_when_an_earlier_position_commits_late()
      throws Exception {
    TestEvent late = event("late", Map.of());
    TestEvent first = event("first", Map.of());
    TestEvent second = event("second", Map.of());
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    ExecutorService threads = Executors.newSingleThreadExecutor();
    try {
      Future<?> slowWriter =
          threads.submit(
              () ->
                  QuarkusTransaction.requiringNew()
                      .run(
                          () -> {
                            outbox.append(late);
                            // The identity column takes its position now, before the others.
                            written.countDown();
                            await(commit);
                          }));
      assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                outbox.append(first);
                outbox.append(second);
              });
      Collecting sink = new Collecting();

      assertThat(feed.publishNext(10, sink)).isEqualTo(2);
      feed.close();
      commit.countDown();
      slowWriter.get(30, TimeUnit.SECONDS);

      assertThat(sink.records)
          .extracting(OutboxRecord::eventId)
          .containsExactly(first.id(), second.id());
      assertThat(remainingEventIds()).containsExactly(late.id());
      assertThat(sink.records.get(0).position()).isGreaterThan(position(late));
      assertThat(feed.publishNext(10, sink)).isEqualTo(1);
      assertThat(sink.records.get(2).eventId()).isEqualTo(late.id());
      feed.close();
      assertThat(outboxRows()).isZero();
    } finally {
      commit.countDown();
      threads.shutdownNow();
    }
  }

  @Test
  void reads_the_outbox_by_its_key_where_the_statistics_make_a_scan_of_its_heap_look_cheaper()
      throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      leaveFewLiveRowsInALargeHeap(s);
      String pools = plan(c);
      String relays;
      String relaysGeneric;
      try (ResultSet relaysSession = s.executeQuery(PostgresOutboxFeed.PLAN_ONCE_BY_INDEX)) {
        relaysSession.next();
        relays = plan(c);
        relaysGeneric = genericPlan(s);
      } finally {
        // This connection goes back to the pool, which sets nothing on its sessions in these tests.
        s.execute("RESET ALL");
      }

      assertThat(pools).as("the pool's plan, for the record").contains("Seq Scan on outbox o");
      assertThat(relays).contains("Index Scan using outbox_pkey on outbox o").doesNotContain("Seq");
      assertThat(relaysGeneric)
          .contains("Index Scan using outbox_pkey on outbox o")
          .doesNotContain("Seq");
    }
  }

  @Test
  void gives_its_connection_back_to_the_pool_with_the_planner_settings_it_was_given()
      throws Exception {
    QuarkusTransaction.requiringNew().run(() -> outbox.append(event("a", Map.of())));
    assertThat(feed.publishNext(10, new Collecting())).isEqualTo(1);
    int relays = turnHolderPid();

    feed.close();

    try (PoolBorrower borrower = new PoolBorrower(dataSource)) {
      Connection given = borrower.borrowUntil(10, c -> backendPid(c) == relays).orElse(null);
      assertThat(given).as("the relay's connection, back in the pool").isNotNull();
      assertThat(plannerSettings(given, NOW)).isEqualTo(plannerSettings(given, AT_SESSION_START));
    }
  }

  /** A relay of another replica: its own connection, so its own claim on the turn. */
  private PostgresOutboxFeed anotherReplica() {
    return new PostgresOutboxFeed(dataSource, new OutboxNotifications(dataSource));
  }

  /**
   * Thousands of rows written and removed, a few dozen left, then vacuumed and analysed: the
   * statistics say the table is a few dozen rows on hundreds of pages, as the relay's vacuums and
   * autovacuum's analyses leave it under load.
   */
  private static void leaveFewLiveRowsInALargeHeap(Statement s) throws Exception {
    s.execute(
        "INSERT INTO outbox (event_id, type, stream, event_key, subject, occurred_at, data)"
            + " SELECT gen_random_uuid(), 'message.received', 'MESSAGES_INBOUND', 'k', 's', now(),"
            + " jsonb_build_object('body', repeat('x', 900)) FROM generate_series(1, 3000)");
    s.execute("DELETE FROM outbox WHERE position > 37");
    s.execute("VACUUM (ANALYZE, TRUNCATE false) outbox");
  }

  /** The read's plan for the values of a round, as this connection plans it. */
  private static String plan(Connection c) throws Exception {
    try (PreparedStatement explain =
        c.prepareStatement("EXPLAIN " + PostgresOutboxFeed.REMOVE_AND_READ)) {
      Array none = c.createArrayOf("int8", new Long[] {-1L});
      explain.setArray(1, none);
      explain.setArray(2, none);
      explain.setInt(3, 500);
      return Plans.lines(explain.executeQuery());
    }
  }

  /** The read's plan as a session that plans once keeps it for every round. */
  private static String genericPlan(Statement s) throws Exception {
    String numbered =
        PostgresOutboxFeed.REMOVE_AND_READ
            .replaceFirst("\\?", "\\$1")
            .replaceFirst("\\?", "\\$2")
            .replaceFirst("\\?", "\\$3");
    s.execute("PREPARE relay_read AS " + numbered);
    try {
      return Plans.lines(s.executeQuery("EXPLAIN EXECUTE relay_read('{-1}', '{-1}', 500)"));
    } finally {
      s.execute("DEALLOCATE relay_read");
    }
  }

  /** The session's planner settings that the relay changes, read with {@code setting}. */
  private static String plannerSettings(Connection c, String setting) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT "
                    + setting.formatted("plan_cache_mode")
                    + " || ' ' || "
                    + setting.formatted("enable_seqscan"))) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static int backendPid(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** The database session that holds the relay's turn. */
  private int turnHolderPid() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT pid " + TURN_LOCK)) {
      assertThat(rs.next()).as("a session holds the turn").isTrue();
      return rs.getInt(1);
    }
  }

  /** Ends the database session that holds the relay's turn, as a network failure would. */
  private boolean terminateTurnHolder() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT bool_or(pg_terminate_backend(pid)) " + TURN_LOCK)) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  private long manualVacuums() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT vacuum_count FROM pg_stat_user_tables WHERE relname = 'outbox'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static boolean waitedFully(PostgresOutboxFeed relay, Duration wait)
      throws InterruptedException {
    long started = System.nanoTime();
    relay.awaitNew(wait);
    return System.nanoTime() - started >= wait.toNanos();
  }

  private List<UUID> remainingEventIds() {
    return Fixtures.outboxEventIds(dataSource);
  }

  private long position(TestEvent event) throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT position FROM outbox WHERE event_id = '" + event.id() + "'")) {
      assertThat(rs.next()).isTrue();
      return rs.getLong(1);
    }
  }

  /**
   * Waits until a wait runs its full (short) course: the listener is then connected and no
   * notification of earlier tests is left to wake it.
   */
  private static void drainNotifications(PostgresOutboxFeed relay) throws InterruptedException {
    for (int i = 0; i < 50; i++) {
      if (waitedFully(relay, Duration.ofMillis(100))) {
        return;
      }
    }
    throw new AssertionError("the outbox listener kept waking up");
  }

  private void drainNotifications() throws InterruptedException {
    drainNotifications(feed);
  }

  private long outboxRows() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM outbox")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static TestEvent event(String type, Map<String, Object> data) {
    UUID id = UUID.randomUUID();
    return new TestEvent(
        id, type, EventStream.MESSAGES_STATUS, "key-" + id, "subject-" + id, T0, data);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A sink that keeps what it was given. */
  private static final class Collecting implements EventSink {
    final List<OutboxRecord> records = new CopyOnWriteArrayList<>();

    @Override
    public void publish(List<OutboxRecord> events) {
      records.addAll(new ArrayList<>(events));
    }
  }
}
