package dev.switchboard.examples.consumer;

import dev.switchboard.events.contract.EventReader;
import dev.switchboard.events.contract.EventType;
import dev.switchboard.events.contract.MalformedEventException;
import dev.switchboard.events.contract.SwitchboardEvent;
import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * An example of another service consuming Switchboard's events: it reads the inbound and status
 * topics with the plain Kafka client, turns each record into a typed event with the contract's
 * {@link EventReader}, drops redeliveries by {@code ce_id} and prints inbound texts and status
 * changes.
 *
 * <p>Arguments, all optional: {@code --bootstrap-servers=host:port} (else {@code
 * KAFKA_BOOTSTRAP_SERVERS}, else {@code 127.0.0.1:9092}), {@code --group=id} (default {@code
 * example-consumer}), {@code --topics=a,b}, {@code --dedup-window=n} (default 100000 ids).
 */
public final class ExampleConsumer implements AutoCloseable {

  static final List<String> DEFAULT_TOPICS =
      List.of(EventType.Topics.INBOUND, EventType.Topics.STATUS);

  private final KafkaConsumer<String, byte[]> consumer;
  private final List<String> topics;
  private final RecentIds seen;
  private final EventReader reader = new EventReader();
  private final PrintStream out;
  private final PrintStream err;

  ExampleConsumer(Map<String, String> options, PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
    this.topics =
        List.of(options.getOrDefault("topics", String.join(",", DEFAULT_TOPICS)).split(","));
    this.seen = new RecentIds(Integer.parseInt(options.getOrDefault("dedup-window", "100000")));
    Properties p = new Properties();
    p.put(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
        options.getOrDefault(
            "bootstrap-servers",
            System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")));
    p.put(ConsumerConfig.GROUP_ID_CONFIG, options.getOrDefault("group", "example-consumer"));
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    // The relay publishes in transactions: read only what it committed.
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    // Offsets are committed after the records are handled: at least once, like the relay.
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
  }

  public static void main(String[] args) {
    Map<String, String> options = options(args);
    try (ExampleConsumer example = new ExampleConsumer(options, System.out, System.err)) {
      Runtime.getRuntime().addShutdownHook(new Thread(example::stop));
      example.run();
    }
  }

  /** Polls until {@link #stop()}. */
  void run() {
    out.println("example-consumer: reading " + topics + " (Ctrl-C to stop)");
    out.flush();
    consumer.subscribe(topics);
    try {
      while (true) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          handle(record);
        }
        out.flush();
        consumer.commitSync();
      }
    } catch (WakeupException stopping) {
      // stop() was called
    }
  }

  private void handle(ConsumerRecord<String, byte[]> record) {
    SwitchboardEvent<Object> event;
    try {
      event = reader.read(record);
    } catch (MalformedEventException e) {
      // A record that is not an event is skipped, not retried for ever.
      err.println("skipped: " + e.getMessage());
      return;
    }
    if (seen.firstTime(event.id())) {
      EventLines.line(event).ifPresent(out::println);
    }
  }

  /** Ends {@link #run()} from another thread. */
  void stop() {
    consumer.wakeup();
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(5));
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        throw new IllegalArgumentException("expected --name=value, not " + arg);
      }
      options.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    return options;
  }
}
