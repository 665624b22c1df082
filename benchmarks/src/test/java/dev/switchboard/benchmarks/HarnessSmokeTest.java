package dev.switchboard.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.sandbox.SandboxKafka;
import dev.switchboard.sandbox.SandboxPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness's parts that touch PostgreSQL and Kafka, end to end for about a second each against
 * one real server of each, so the harness cannot rot: the one-row-at-a-time ceiling, the
 * group-commit ceiling, the HTTP ceiling and the stall watch (with the GC pauses it reads from a
 * JVM's GC log).
 */
class HarnessSmokeTest {

  private static SandboxPostgres postgres;
  private static SandboxKafka kafka;

  @BeforeAll
  static void start() throws Exception {
    postgres = SandboxPostgres.start(0, null, false);
    kafka = SandboxKafka.start(0, null);
    // A stand-in for the API's messages table, with one index more than the V1 shape: the
    // group-commit ceiling must copy whatever the schema has.
    try (Connection c = Ceiling.connect(postgres.jdbcUrl());
        Statement s = c.createStatement()) {
      Ceiling.createMessagesTable(s, "messages");
      s.execute(
          "CREATE UNIQUE INDEX messages_idempotency_key_key ON messages (idempotency_key)"
              + " WHERE idempotency_key IS NOT NULL");
      s.execute("CREATE INDEX messages_conversation_idx ON messages (from_number, to_number)");
    }
  }

  @AfterAll
  static void stop() throws Exception {
    kafka.close();
    postgres.close();
  }

  @Test
  void the_ceiling_inserts_commits_and_produces_each_message() throws Exception {
    try (Ceiling ceiling = Ceiling.open(postgres.jdbcUrl(), kafka.bootstrapServers())) {
      LoadResult result =
          LoadGenerator.closed(
              2, Duration.ofMillis(200), Duration.ofSeconds(1), ceiling.operation());
      assertThat(result.ok()).isPositive();
      assertThat(result.failed()).isZero();
      assertThat(result.perSecond()).isPositive();
      assertThat(result.latencies().count()).isEqualTo((int) result.ok());
      assertThat(count("SELECT count(*) FROM " + Ceiling.TABLE))
          .isGreaterThanOrEqualTo(result.ok());
    }
  }

  @Test
  void the_group_commit_ceiling_commits_rows_with_their_events_and_produces_them()
      throws Exception {
    try (GroupCommitCeiling ceiling =
        GroupCommitCeiling.open(postgres.jdbcUrl(), kafka.bootstrapServers())) {
      LoadResult result =
          LoadGenerator.closed(
              8,
              Duration.ofMillis(200),
              Duration.ofSeconds(1),
              ceiling.operation(GroupCommitCeiling.Shape.INBOUND, 1));
      assertThat(result.ok()).isPositive();
      assertThat(result.failed()).isZero();
      ceiling.awaitPublished(Duration.ofSeconds(20));
      long rows = count("SELECT count(*) FROM " + GroupCommitCeiling.MESSAGES);
      assertThat(rows).isGreaterThanOrEqualTo(result.ok());
      assertThat(count("SELECT count(*) FROM " + GroupCommitCeiling.OUTBOX)).isEqualTo(rows);
      assertThat(
              count(
                  "SELECT count(*) FROM "
                      + GroupCommitCeiling.MESSAGES
                      + " WHERE direction"
                      + " = 'INBOUND' AND flowroute_id LIKE 'mdr2-%'"))
          .isGreaterThanOrEqualTo(result.ok());
      // Every committed row's record was produced and acknowledged, the batch sends' too.
      assertThat(recordsOn(GroupCommitCeiling.TOPIC)).isEqualTo(rows);
      // Same columns and the same indexes as the API's table, the extra one included.
      assertThat(
              count(
                  "SELECT count(*) FROM pg_indexes WHERE tablename = '"
                      + GroupCommitCeiling.MESSAGES
                      + "'"))
          .isEqualTo(count("SELECT count(*) FROM pg_indexes WHERE tablename = 'messages'"));
    }
  }

  @Test
  void a_caller_of_a_hundred_sends_shares_commits_and_is_done_when_all_are_committed()
      throws Exception {
    try (GroupCommitCeiling ceiling =
        GroupCommitCeiling.open(postgres.jdbcUrl(), kafka.bootstrapServers())) {
      String queuedSends =
          "SELECT count(*) FROM "
              + GroupCommitCeiling.MESSAGES
              + " WHERE direction = 'OUTBOUND' AND status = 'QUEUED'"
              + " AND idempotency_key IS NOT NULL AND next_attempt_at IS NOT NULL";
      long before = count("SELECT count(*) FROM " + GroupCommitCeiling.MESSAGES);
      long sendsBefore = count(queuedSends);
      boolean done =
          ceiling.operation(GroupCommitCeiling.Shape.SEND, 100).run(0, System.nanoTime());
      assertThat(done).isTrue();
      assertThat(count(queuedSends) - sendsBefore).isEqualTo(100);
      assertThat(count("SELECT count(*) FROM " + GroupCommitCeiling.MESSAGES) - before)
          .isEqualTo(100);
      // Queued at once, they cannot have taken a commit each.
      assertThat(ceiling.meanBatch()).isGreaterThan(1);
    }
  }

  @Test
  void the_http_ceiling_answers_once_the_requests_fields_are_committed() throws Exception {
    Http http = new Http();
    try (GroupCommitCeiling ceiling =
            GroupCommitCeiling.open(postgres.jdbcUrl(), kafka.bootstrapServers());
        HttpCeiling inbound = HttpCeiling.start(ceiling, GroupCommitCeiling.Shape.INBOUND);
        HttpCeiling sends = HttpCeiling.start(ceiling, GroupCommitCeiling.Shape.SEND)) {
      String id = Ids.mdr();
      String webhook = InboundBenchmark.webhook(id, "13125012345", "12065550100", "hi " + id);
      assertThat(http.postJson(inbound.url(), webhook, null)).isEqualTo(200);
      String key = Ids.uuidV7().toString();
      String send =
          "{\"from\":\"+12065550100\",\"to\":\"+13125012345\",\"body\":\"yo " + id + "\"}";
      assertThat(http.postJson(sends.url(), send, "token", key)).isEqualTo(202);
      assertThat(http.postJson(inbound.url(), "not json", null)).isEqualTo(400);
      // Answered, so already committed: the rows carry the requests' own fields.
      assertThat(
              count(
                  "SELECT count(*) FROM "
                      + GroupCommitCeiling.MESSAGES
                      + " WHERE flowroute_id = '"
                      + id
                      + "' AND from_number = '+13125012345' AND body = 'hi "
                      + id
                      + "'"))
          .isEqualTo(1);
      assertThat(
              count(
                  "SELECT count(*) FROM "
                      + GroupCommitCeiling.MESSAGES
                      + " WHERE idempotency_key = '"
                      + key
                      + "' AND to_number = '+13125012345' AND status = 'QUEUED'"))
          .isEqualTo(1);
    }
  }

  @Test
  void a_fixed_rate_step_runs_about_the_planned_number_of_operations() throws Exception {
    LoadResult result =
        LoadGenerator.fixedRate(
            200, 8, Duration.ZERO, Duration.ofMillis(500), (worker, start) -> true);
    assertThat(result.ok()).isBetween(90L, 101L);
  }

  private static long count(String sql) throws Exception {
    try (Connection c = Ceiling.connect(postgres.jdbcUrl());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long recordsOn(String topic) throws Exception {
    Properties p = new Properties();
    p.put("bootstrap.servers", kafka.bootstrapServers());
    try (Admin admin = Admin.create(p)) {
      int partitions =
          admin
              .describeTopics(java.util.List.of(topic))
              .allTopicNames()
              .get()
              .get(topic)
              .partitions()
              .size();
      Map<TopicPartition, OffsetSpec> latest =
          IntStream.range(0, partitions)
              .boxed()
              .collect(
                  Collectors.toMap(i -> new TopicPartition(topic, i), i -> OffsetSpec.latest()));
      return admin.listOffsets(latest).all().get().values().stream()
          .mapToLong(o -> o.offset())
          .sum();
    }
  }

  @Test
  void samples_the_wal_and_the_relay_backlog_second_by_second() throws Exception {
    try (Connection c = Ceiling.connect(postgres.jdbcUrl());
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE outbox (position bigserial PRIMARY KEY, data text)");
      StallWatch watch = StallWatch.start(postgres.jdbcUrl(), "outbox");
      s.execute("INSERT INTO outbox (data) SELECT repeat('x', 200) FROM generate_series(1, 5000)");
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (watch.samples().stream().noneMatch(sample -> sample.backlog() == 5000)
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      watch.close();

      List<StallWatch.Sample> samples = watch.samples();
      assertThat(samples).isNotEmpty();
      assertThat(samples.get(samples.size() - 1).backlog()).isEqualTo(5000);
      List<StallWatch.Second> seconds = watch.seconds(watch.startNanos(), List.of());
      assertThat(seconds).isNotEmpty();
      assertThat(seconds.stream().mapToDouble(StallWatch.Second::walMegabytes).sum())
          .isGreaterThan(0.5);
      assertThat(watch.checkpointsDuring()).contains("requested").contains("timed");
    }
  }

  @Test
  void a_gc_pause_read_from_a_jvms_gc_log_lands_in_a_sampled_second(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("gc.log");
    StallWatch watch = StallWatch.start(postgres.jdbcUrl(), null);
    // A JVM of its own, as the API's is, writing the log the harness gives the API.
    Process jvm =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                GcLog.option(file),
                "-cp",
                System.getProperty("java.class.path"),
                CollectOnce.class.getName())
            .inheritIO()
            .start();
    assertThat(jvm.waitFor()).isZero();
    Thread.sleep(300);
    watch.close();

    List<StallWatch.GcPause> pauses = GcLog.pauses(file);
    assertThat(pauses).isNotEmpty();
    List<StallWatch.Second> seconds = watch.seconds(watch.startNanos(), pauses);
    // However slow the machine, the pause lands in one of the sampled seconds.
    assertThat(
            seconds.stream().mapToDouble(StallWatch.Second::longestGcPauseMillis).max().orElse(0))
        .isPositive();
    assertThat(seconds.get(0).describe()).contains("API GC pause up to");
  }

  /** Collects once and ends. */
  static final class CollectOnce {
    public static void main(String[] args) {
      System.gc();
    }
  }
}
