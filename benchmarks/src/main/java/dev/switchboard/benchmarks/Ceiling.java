package dev.switchboard.benchmarks;

import dev.switchboard.sandbox.SandboxPostgres;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The bare ceiling of the inbound path, without our code: per message, insert one comparable row
 * (same columns and indexes as {@code messages}) and commit, then produce one record of the same
 * size with {@code acks=all} and wait for the acknowledgement.
 */
public final class Ceiling implements AutoCloseable {

  static final String TABLE = "ceiling_messages";
  static final String TOPIC = "benchmark.ceiling.v1";

  private static final String INSERT =
      "INSERT INTO "
          + TABLE
          + " (id, direction, from_number, to_number, body, media, status, flowroute_id,"
          + " attempts, created_at, updated_at)"
          + " VALUES (?, 'INBOUND', ?, ?, ?, '[]'::jsonb, 'RECEIVED', ?, 0, ?, ?)";

  private final String jdbcUrl;
  private final KafkaProducer<String, byte[]> producer;
  private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();
  private final List<Connection> all = new ArrayList<>();

  private Ceiling(String jdbcUrl, KafkaProducer<String, byte[]> producer) {
    this.jdbcUrl = jdbcUrl;
    this.producer = producer;
  }

  /**
   * A plain JDBC connection as the sandbox's user. The sandbox's names are constants, compiled in:
   * the framework floor (benchmarks-floor) uses this without the sandbox on its class path.
   */
  public static Connection connect(String jdbcUrl) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", SandboxPostgres.USER);
    props.setProperty("password", SandboxPostgres.PASSWORD);
    return DriverManager.getConnection(jdbcUrl, props);
  }

  public static Ceiling open(String jdbcUrl, String bootstrapServers) throws Exception {
    try (Connection c = connect(jdbcUrl);
        Statement s = c.createStatement()) {
      createMessagesTable(s, TABLE);
    }
    GroupCommitCeiling.createTopic(bootstrapServers, TOPIC);
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
    return new Ceiling(jdbcUrl, new KafkaProducer<>(p));
  }

  /**
   * A table like {@code messages} as it was when the ceiling was written (V1: same columns and
   * listing indexes), named {@code table}.
   */
  static void createMessagesTable(Statement s, String table) throws SQLException {
    s.execute(
        "CREATE TABLE IF NOT EXISTS "
            + table
            + " (id uuid PRIMARY KEY, direction varchar(16) NOT NULL,"
            + " from_number varchar(16) NOT NULL, to_number varchar(16) NOT NULL, body text,"
            + " media jsonb NOT NULL DEFAULT '[]'::jsonb, status varchar(16) NOT NULL,"
            + " flowroute_id varchar(255), idempotency_key varchar(255),"
            + " fingerprint varchar(128), attempts integer NOT NULL DEFAULT 0,"
            + " next_attempt_at timestamptz, failure_code varchar(255), failure_reason text,"
            + " created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL)");
    s.execute(
        "CREATE UNIQUE INDEX IF NOT EXISTS "
            + table
            + "_flowroute_id_key ON "
            + table
            + " (flowroute_id) WHERE flowroute_id IS NOT NULL");
    s.execute(
        "CREATE INDEX IF NOT EXISTS "
            + table
            + "_from_idx ON "
            + table
            + " (from_number, id DESC)");
    s.execute(
        "CREATE INDEX IF NOT EXISTS " + table + "_to_idx ON " + table + " (to_number, id DESC)");
    s.execute(
        "CREATE INDEX IF NOT EXISTS " + table + "_status_idx ON " + table + " (status, id DESC)");
    s.execute(
        "CREATE INDEX IF NOT EXISTS "
            + table
            + "_direction_idx ON "
            + table
            + " (direction, id DESC)");
    s.execute("CREATE INDEX IF NOT EXISTS " + table + "_created_idx ON " + table + " (created_at)");
  }

  /** One message of the ceiling: insert and commit, then produce and wait. */
  public Operation operation() {
    return operation(false);
  }

  /**
   * The same, with a {@code pg_notify} in each transaction, as the outbox trigger does: the
   * comparison shows what notifying costs the commits.
   */
  public Operation operation(boolean notify) {
    return (worker, start) -> {
      Connection c = borrow();
      try {
        String from = Ids.peer();
        String id = Ids.mdr();
        Timestamp now = Timestamp.from(Instant.now());
        String body = "Benchmark inbound message " + id;
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
          insert.setObject(1, Ids.uuidV7());
          insert.setString(2, "+" + from);
          insert.setString(3, "+12065550100");
          insert.setString(4, body);
          insert.setString(5, id);
          insert.setTimestamp(6, now);
          insert.setTimestamp(7, now);
          insert.executeUpdate();
        }
        if (notify) {
          try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_notify('benchmark_ceiling', '')");
          }
        }
        c.commit();
        producer.send(record(id, from, body)).get();
        return true;
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        idle.add(c);
      }
    };
  }

  /** A record like an inbound event: CloudEvents headers and a JSON value of similar size. */
  private static ProducerRecord<String, byte[]> record(String id, String from, String body) {
    RecordHeaders headers = headers("dev.switchboard.message.received", id);
    String json =
        "{\"id\":\""
            + Ids.uuidV7()
            + "\",\"direction\":\"INBOUND\",\"from\":\"+"
            + from
            + "\",\"to\":\"+12065550100\",\"body\":\""
            + body
            + "\",\"mms\":false,\"media\":[],\"flowrouteId\":\""
            + id
            + "\",\"status\":\"RECEIVED\",\"receivedAt\":\""
            + Instant.now()
            + "\"}";
    return new ProducerRecord<>(TOPIC, null, from, json.getBytes(StandardCharsets.UTF_8), headers);
  }

  /**
   * CloudEvents headers as the relay writes them, for an event of {@code type} about {@code
   * subject}.
   */
  static RecordHeaders headers(String type, String subject) {
    RecordHeaders headers = new RecordHeaders();
    String[][] ce = {
      {"ce_specversion", "1.0"},
      {"ce_id", Ids.uuidV7().toString()},
      {"ce_source", "/switchboard"},
      {"ce_type", type},
      {"ce_time", Instant.now().toString()},
      {"ce_subject", subject},
      {
        "ce_dataschema",
        "urn:switchboard:schema:" + type.substring(type.indexOf("message.")) + ":v1"
      },
      {"content-type", "application/json"}
    };
    for (String[] h : ce) {
      headers.add(h[0], h[1].getBytes(StandardCharsets.UTF_8));
    }
    return headers;
  }

  private Connection borrow() throws SQLException {
    Connection c = idle.poll();
    if (c != null) {
      return c;
    }
    c = connect(jdbcUrl);
    c.setAutoCommit(false);
    synchronized (all) {
      all.add(c);
    }
    return c;
  }

  @Override
  public void close() {
    producer.close();
    synchronized (all) {
      for (Connection c : all) {
        try {
          c.close();
        } catch (SQLException e) {
          // closing anyway
        }
      }
    }
  }
}
