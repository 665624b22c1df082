package dev.switchboard.benchmarks;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The bare group-commit ceiling: the essential durable work of an inbound webhook or a send, with
 * plain JDBC and the plain Kafka client and the same batching freedom as our code. Callers queue
 * their rows and wait; {@value #COMMITTERS} committer threads (our {@code group-commit.concurrency}
 * default) each take up to {@value #MAX_BATCH} queued rows (our {@code max-batch}), insert the
 * message rows with one statement and their outbox events with another, commit once, answer the
 * batch's callers (as our endpoints answer once committed), then hand the batch's records to the
 * producer ({@code acks=all}, idempotent) and go on with the next batch. At most {@value
 * #MAX_UNACKED} records (our relay's default round) may wait for Kafka's acknowledgement: when
 * Kafka lags, the committers wait, so the rate is bounded by both PostgreSQL and Kafka. No HTTP, no
 * validation, no framework, no outbox delete, no Kafka transaction: what our code adds is what the
 * ratio against this measures.
 */
public final class GroupCommitCeiling implements AutoCloseable {

  /** What a row is like: an inbound message (RECEIVED, a Flowroute id) or a queued send. */
  public enum Shape {
    INBOUND,
    SEND
  }

  static final String MESSAGES = "ceiling_group_messages";
  static final String OUTBOX = "ceiling_group_outbox";
  static final String TOPIC = "benchmark.ceiling.group.v1";

  /** Batches committed at once: {@code switchboard.group-commit.concurrency}'s default. */
  static final int COMMITTERS = 2;

  /** The most rows per commit: {@code switchboard.group-commit.max-batch}'s default. */
  static final int MAX_BATCH = 100;

  /** Records produced and not yet acknowledged: {@code switchboard.events.relay.batch-size}. */
  static final int MAX_UNACKED = 500;

  private static final String OUR_NUMBER = "+12065550100";

  private static final String INSERT_MESSAGES =
      "INSERT INTO "
          + MESSAGES
          + " (id, direction, from_number, to_number, body, media, status, flowroute_id,"
          + " idempotency_key, fingerprint, attempts, next_attempt_at, created_at, updated_at)"
          + " SELECT id, direction, from_number, to_number, body, '[]'::jsonb, status,"
          + " flowroute_id, idempotency_key, fingerprint, 0, next_attempt_at, created_at,"
          + " created_at FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS text[]),"
          + " CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),"
          + " CAST(? AS text[]), CAST(? AS text[]), CAST(? AS timestamptz[]),"
          + " CAST(? AS timestamptz[])) AS r(id, direction, from_number, to_number, body,"
          + " status, flowroute_id, idempotency_key, fingerprint, next_attempt_at, created_at)"
          + " ON CONFLICT DO NOTHING";

  private static final String INSERT_EVENTS =
      "INSERT INTO "
          + OUTBOX
          + " (event_id, type, stream, event_key, subject, occurred_at, data)"
          + " SELECT event_id, type, 'MESSAGES', event_key, subject, occurred_at, data"
          + " FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS text[]),"
          + " CAST(? AS text[]), CAST(? AS timestamptz[]), CAST(? AS jsonb[]))"
          + " WITH ORDINALITY AS e(event_id, type, event_key, subject, occurred_at, data, n)"
          + " ORDER BY n";

  /** One queued message: its row, its event and the caller waiting for both to be durable. */
  private record Pending(Row row, CompletableFuture<Void> done) {}

  /** The columns that differ between rows, and the event's JSON. */
  public record Row(
      UUID id,
      Shape shape,
      String from,
      String to,
      String body,
      String flowrouteId,
      String idempotencyKey,
      Instant at,
      UUID eventId,
      String eventType,
      String json) {

    static Row of(Shape shape) {
      String mdr = Ids.mdr();
      boolean inbound = shape == Shape.INBOUND;
      String peer = "+" + Ids.peer();
      return of(
          shape,
          inbound ? peer : OUR_NUMBER,
          inbound ? OUR_NUMBER : peer,
          (inbound ? "Benchmark inbound " : "Benchmark send ") + mdr,
          inbound ? mdr : "bench-" + mdr);
    }

    /**
     * A row of the given fields, as a request carried them: {@code reference} is the Flowroute id
     * of an inbound message, the idempotency key of a send.
     */
    public static Row of(Shape shape, String from, String to, String body, String reference) {
      UUID id = Ids.uuidV7();
      Instant now = Instant.now();
      boolean inbound = shape == Shape.INBOUND;
      String type = inbound ? "dev.switchboard.message.received" : "dev.switchboard.message.queued";
      String json =
          "{\"id\":\""
              + id
              + "\",\"direction\":\""
              + (inbound ? "INBOUND" : "OUTBOUND")
              + "\",\"from\":\""
              + from
              + "\",\"to\":\""
              + to
              + "\",\"body\":\""
              + body
              + "\",\"mms\":false,\"media\":[],"
              + (inbound ? "\"flowrouteId\":\"" + reference + "\"," : "")
              + "\"status\":\""
              + (inbound ? "RECEIVED" : "QUEUED")
              + "\",\"at\":\""
              + now
              + "\"}";
      return new Row(
          id,
          shape,
          from,
          to,
          body,
          inbound ? reference : null,
          inbound ? null : reference,
          now,
          Ids.uuidV7(),
          type,
          json);
    }
  }

  private final String jdbcUrl;
  private final KafkaProducer<String, byte[]> producer;
  private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final List<Thread> committers = new ArrayList<>();
  private final List<Connection> connections = new ArrayList<>();
  private final AtomicInteger commits = new AtomicInteger();
  private final AtomicInteger committedRows = new AtomicInteger();
  private final Semaphore unacked = new Semaphore(MAX_UNACKED);
  private final AtomicReference<Exception> produceFailure = new AtomicReference<>();
  private volatile boolean closed;

  private GroupCommitCeiling(String jdbcUrl, KafkaProducer<String, byte[]> producer) {
    this.jdbcUrl = jdbcUrl;
    this.producer = producer;
  }

  /**
   * Creates the ceiling's tables (copies of {@code messages}, with all its indexes and constraints,
   * when the API's schema is there; the one-row ceiling's table shape otherwise) and its topic, and
   * starts the committers.
   */
  public static GroupCommitCeiling open(String jdbcUrl, String bootstrapServers) throws Exception {
    try (Connection c = Ceiling.connect(jdbcUrl);
        Statement s = c.createStatement()) {
      if (exists(s, "messages")) {
        s.execute(
            "CREATE TABLE IF NOT EXISTS "
                + MESSAGES
                + " (LIKE messages INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)");
      } else {
        Ceiling.createMessagesTable(s, MESSAGES);
        s.execute(
            "CREATE UNIQUE INDEX IF NOT EXISTS "
                + MESSAGES
                + "_idempotency_key ON "
                + MESSAGES
                + " (idempotency_key) WHERE idempotency_key IS NOT NULL");
      }
      // The outbox as our schema has it now (V1, V7, V26): a position, the event's id unique.
      s.execute(
          "CREATE TABLE IF NOT EXISTS "
              + OUTBOX
              + " (position bigserial PRIMARY KEY, event_id uuid NOT NULL UNIQUE,"
              + " type varchar(255) NOT NULL, stream varchar(32) NOT NULL,"
              + " event_key varchar(255) NOT NULL, subject varchar(255),"
              + " occurred_at timestamptz NOT NULL, data jsonb NOT NULL, traceparent text,"
              + " tracestate text)");
    }
    createTopic(bootstrapServers, TOPIC);
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
    GroupCommitCeiling ceiling = new GroupCommitCeiling(jdbcUrl, new KafkaProducer<>(p));
    ceiling.startCommitters();
    return ceiling;
  }

  static void createTopic(String bootstrapServers, String topic) throws Exception {
    Properties admin = new Properties();
    admin.put("bootstrap.servers", bootstrapServers);
    try (Admin client = Admin.create(admin)) {
      client.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
    } catch (java.util.concurrent.ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
  }

  private static boolean exists(Statement s, String table) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  /**
   * One caller's request: {@code rows} messages of {@code shape} queued together (100 for a batch
   * send), done when every one is committed; their records follow. Fails once Kafka has refused a
   * record.
   */
  public Operation operation(Shape shape, int rows) {
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be at least 1: " + rows);
    }
    return (worker, start) -> {
      Exception failure = produceFailure.get();
      if (failure != null) {
        throw new IllegalStateException("Kafka refused a record of the ceiling", failure);
      }
      List<CompletableFuture<Void>> waits = new ArrayList<>(rows);
      for (int i = 0; i < rows; i++) {
        waits.add(submit(Row.of(shape)));
      }
      CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
      return true;
    };
  }

  /**
   * Queues one row for the next commit; done once it is committed, its record produced after. Fails
   * at once when Kafka has refused a record.
   */
  public CompletableFuture<Void> submit(Row row) {
    Exception failure = produceFailure.get();
    if (failure != null) {
      return CompletableFuture.failedFuture(
          new IllegalStateException("Kafka refused a record of the ceiling", failure));
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    queue.add(new Pending(row, done));
    return done;
  }

  /** Waits until every record produced so far is acknowledged (between steps). */
  public void awaitPublished(Duration timeout) throws InterruptedException {
    if (unacked.tryAcquire(MAX_UNACKED, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      unacked.release(MAX_UNACKED);
    }
  }

  /** Commits so far, and the rows in them: their ratio is the mean batch. */
  public double meanBatch() {
    int n = commits.get();
    return n == 0 ? 0 : (double) committedRows.get() / n;
  }

  private void startCommitters() throws SQLException {
    for (int i = 0; i < COMMITTERS; i++) {
      Connection c = Ceiling.connect(jdbcUrl);
      c.setAutoCommit(false);
      connections.add(c);
      Thread t = new Thread(() -> commitLoop(c), "ceiling-committer-" + i);
      t.setDaemon(true);
      committers.add(t);
      t.start();
    }
  }

  private void commitLoop(Connection c) {
    List<Pending> batch = new ArrayList<>(MAX_BATCH);
    while (!closed) {
      try {
        Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        commit(c, batch);
        batch.forEach(p -> p.done().complete(null));
        publish(batch);
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        try {
          c.rollback();
        } catch (SQLException ignored) {
          // the batch fails anyway
        }
        batch.forEach(p -> p.done().completeExceptionally(e));
      } finally {
        batch.clear();
      }
    }
  }

  /** The batch's rows and events in one transaction: two statements and one commit. */
  private void commit(Connection c, List<Pending> batch) throws SQLException {
    int n = batch.size();
    Object[] ids = new Object[n];
    Object[] directions = new Object[n];
    Object[] froms = new Object[n];
    Object[] tos = new Object[n];
    Object[] bodies = new Object[n];
    Object[] statuses = new Object[n];
    Object[] flowrouteIds = new Object[n];
    Object[] keys = new Object[n];
    Object[] fingerprints = new Object[n];
    Object[] due = new Object[n];
    Object[] created = new Object[n];
    Object[] eventIds = new Object[n];
    Object[] types = new Object[n];
    Object[] eventKeys = new Object[n];
    Object[] subjects = new Object[n];
    Object[] data = new Object[n];
    for (int i = 0; i < n; i++) {
      Row r = batch.get(i).row();
      boolean inbound = r.shape() == Shape.INBOUND;
      ids[i] = r.id().toString();
      directions[i] = inbound ? "INBOUND" : "OUTBOUND";
      froms[i] = r.from();
      tos[i] = r.to();
      bodies[i] = r.body();
      statuses[i] = inbound ? "RECEIVED" : "QUEUED";
      flowrouteIds[i] = r.flowrouteId();
      keys[i] = r.idempotencyKey();
      fingerprints[i] = inbound ? null : Integer.toHexString(r.json().hashCode());
      due[i] = inbound ? null : r.at().toString();
      created[i] = r.at().toString();
      eventIds[i] = r.eventId().toString();
      types[i] = r.eventType();
      eventKeys[i] = inbound ? r.from() : r.to();
      subjects[i] = r.id().toString();
      data[i] = r.json();
    }
    try (PreparedStatement messages = c.prepareStatement(INSERT_MESSAGES)) {
      bind(c, messages, 1, ids);
      bind(c, messages, 2, directions);
      bind(c, messages, 3, froms);
      bind(c, messages, 4, tos);
      bind(c, messages, 5, bodies);
      bind(c, messages, 6, statuses);
      bind(c, messages, 7, flowrouteIds);
      bind(c, messages, 8, keys);
      bind(c, messages, 9, fingerprints);
      bind(c, messages, 10, due);
      bind(c, messages, 11, created);
      messages.executeUpdate();
    }
    try (PreparedStatement events = c.prepareStatement(INSERT_EVENTS)) {
      bind(c, events, 1, eventIds);
      bind(c, events, 2, types);
      bind(c, events, 3, eventKeys);
      bind(c, events, 4, subjects);
      bind(c, events, 5, created);
      bind(c, events, 6, data);
      events.executeUpdate();
    }
    c.commit();
    commits.incrementAndGet();
    committedRows.addAndGet(n);
  }

  /** One column as a text array, which the statement casts (as {@code SqlArrays} does in ours). */
  private static void bind(Connection c, PreparedStatement statement, int index, Object[] values)
      throws SQLException {
    Array array = c.createArrayOf("text", values);
    statement.setArray(index, array);
  }

  /** The batch's records, sent back to back once as many may wait for their acknowledgement. */
  private void publish(List<Pending> batch) throws InterruptedException {
    unacked.acquire(batch.size());
    for (Pending p : batch) {
      Row r = p.row();
      ProducerRecord<String, byte[]> record =
          new ProducerRecord<>(
              TOPIC,
              null,
              r.shape() == Shape.INBOUND ? r.from() : r.to(),
              r.json().getBytes(StandardCharsets.UTF_8),
              Ceiling.headers(r.eventType(), r.id().toString()));
      producer.send(
          record,
          (metadata, error) -> {
            unacked.release();
            if (error != null) {
              produceFailure.compareAndSet(null, error);
            }
          });
    }
  }

  @Override
  public void close() {
    closed = true;
    for (Thread t : committers) {
      try {
        t.join(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    producer.close();
    for (Connection c : connections) {
      try {
        c.close();
      } catch (SQLException e) {
        // closing anyway
      }
    }
  }
}
