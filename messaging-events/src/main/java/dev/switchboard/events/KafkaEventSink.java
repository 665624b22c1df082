package dev.switchboard.events;

import dev.switchboard.domain.events.OutboxRecord;
import dev.switchboard.domain.events.port.out.EventSink;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Publishes outbox events to Kafka with an idempotent producer ({@code acks=all}), and returns only
 * once the broker has acknowledged every one of them. With a transactional id (the application's
 * relay always has one) each batch is one Kafka transaction, and {@link #turnTaken()} fences every
 * earlier producer with that id: a relay that lost its turn has its late batch refused, and
 * consumers reading {@code read_committed} never see it.
 */
@ApplicationScoped
public class KafkaEventSink implements EventSink {

  private static final Logger LOG = Logger.getLogger(KafkaEventSink.class);

  /**
   * No lingering: the relay hands over a whole batch and flushes it at once, so waiting for more
   * records only adds latency to every event.
   */
  private static final int LINGER_MS = 0;

  /** Time past the producer's own timeouts for its callbacks to arrive. */
  private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final Map<String, Object> clientConfig;
  private final Duration publishTimeout;
  private final CloudEventsKafkaRecords records;
  private final String transactionalId;
  private final List<SinkListener> listeners;
  private KafkaProducer<String, byte[]> producer;

  /**
   * The application's relay: every standard {@code kafka.*} key (bootstrap servers, security, any
   * other producer setting) as Quarkus gathers them, under the relay's own delivery settings.
   */
  @Inject
  public KafkaEventSink(
      EventsConfig config,
      @Identifier("default-kafka-broker") Map<String, Object> kafka,
      Instance<SinkListener> listeners) {
    this(
        kafka,
        config.publishTimeout(),
        new CloudEventsKafkaRecords(config.source(), EventTopics.from(config.topics())),
        config.relay().transactionalId(),
        listeners.stream().toList());
  }

  /** A relay's sink as the application makes it, on the given Kafka client settings. */
  public KafkaEventSink(EventsConfig config, Map<String, Object> kafka) {
    this(
        kafka,
        config.publishTimeout(),
        new CloudEventsKafkaRecords(config.source(), EventTopics.from(config.topics())),
        config.relay().transactionalId(),
        List.of());
  }

  public KafkaEventSink(
      String bootstrapServers, Duration publishTimeout, CloudEventsKafkaRecords records) {
    this(
        bootstrapServers == null
            ? Map.of()
            : Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
        publishTimeout,
        records,
        null,
        List.of());
  }

  /**
   * @param kafka Kafka client settings (bootstrap servers, authentication); those that are no
   *     producer setting are left out
   * @param transactionalId the id shared by every relay that may take the turn, or null for a plain
   *     idempotent producer that fences nothing
   * @param listeners told of every producer made and closed, and of every batch acknowledged
   */
  public KafkaEventSink(
      Map<String, ?> kafka,
      Duration publishTimeout,
      CloudEventsKafkaRecords records,
      String transactionalId,
      List<SinkListener> listeners) {
    Object servers = kafka.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG);
    if (servers == null || servers.toString().isBlank()) {
      throw new IllegalArgumentException("Kafka bootstrap servers are required");
    }
    if (publishTimeout == null || publishTimeout.toMillis() <= LINGER_MS) {
      throw new IllegalArgumentException(
          "the publish timeout must be longer than " + LINGER_MS + " ms");
    }
    Map<String, Object> producerSettings = new HashMap<>();
    kafka.forEach(
        (key, value) -> {
          if (ProducerConfig.configNames().contains(key) && value != null) {
            producerSettings.put(key, value);
          }
        });
    this.clientConfig = Map.copyOf(producerSettings);
    this.publishTimeout = publishTimeout;
    this.records = records;
    this.transactionalId =
        transactionalId == null || transactionalId.isBlank() ? null : transactionalId;
    this.listeners = List.copyOf(listeners);
  }

  /**
   * A fresh producer, initialised with the shared transactional id: the broker aborts whatever an
   * earlier holder left open and refuses that holder's producer from now on.
   */
  @Override
  public synchronized void turnTaken() {
    if (transactionalId == null) {
      return;
    }
    discardProducer();
    try {
      producer();
    } catch (RuntimeException e) {
      discardProducer();
      throw failure(0, e);
    }
  }

  @Override
  public synchronized void publish(List<OutboxRecord> events) {
    if (events.isEmpty()) {
      return;
    }
    long deadline = System.nanoTime() + publishTimeout.toNanos() + GRACE_NANOS;
    try {
      KafkaProducer<String, byte[]> kafka = producer();
      if (transactionalId != null) {
        kafka.beginTransaction();
      }
      List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
      for (OutboxRecord event : events) {
        Future<RecordMetadata> ack = kafka.send(records.toProducerRecord(event));
        if (ack.isDone()) {
          // A send that failed at once (no metadata within max.block.ms) fails the batch now,
          // rather than after every later send has blocked as long.
          ack.get();
        }
        acks.add(ack);
      }
      if (transactionalId != null) {
        // Flushes, and fails if any send failed or another relay has fenced this producer.
        kafka.commitTransaction();
      } else {
        kafka.flush();
      }
      for (Future<RecordMetadata> ack : acks) {
        ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
      Instant acknowledged = Instant.now();
      listeners.forEach(l -> l.published(events, acknowledged));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      discardProducer();
      throw new EventPublishException("interrupted while publishing to Kafka", e);
    } catch (ExecutionException e) {
      discardProducer();
      throw failure(events.size(), e.getCause());
    } catch (TimeoutException | RuntimeException e) {
      discardProducer();
      throw failure(events.size(), e);
    }
  }

  /** Closes the producer, waiting at most the publish timeout for records still in flight. */
  @PreDestroy
  public synchronized void close() {
    if (producer != null) {
      listeners.forEach(l -> l.producerClosed(producer));
      producer.close(publishTimeout);
      producer = null;
    }
  }

  /**
   * The producer settings: idempotent with {@code acks=all} (so retries neither lose nor duplicate
   * nor reorder records within a partition), and every wait bounded by the publish timeout so that
   * a dead broker fails the call instead of hanging it. They win over the same keys of the
   * deployment's {@code kafka.*} settings, which the relay's guarantees rest on.
   */
  static Properties producerProperties(String bootstrapServers, Duration publishTimeout) {
    Properties p = relaySettings(publishTimeout);
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    return p;
  }

  private static Properties relaySettings(Duration publishTimeout) {
    int timeoutMs = (int) Math.min(Integer.MAX_VALUE, publishTimeout.toMillis());
    Properties p = new Properties();
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "switchboard-outbox-relay");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
    p.put(ProducerConfig.LINGER_MS_CONFIG, String.valueOf(LINGER_MS));
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(timeoutMs));
    // Kafka requires delivery.timeout.ms >= linger.ms + request.timeout.ms.
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(timeoutMs));
    p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(timeoutMs - LINGER_MS));
    return p;
  }

  private KafkaProducer<String, byte[]> producer() {
    if (producer == null) {
      Properties properties = new Properties();
      properties.putAll(clientConfig);
      properties.putAll(relaySettings(publishTimeout));
      if (transactionalId != null) {
        properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        // An open transaction of a relay that died blocks read_committed consumers until it is
        // aborted: the next relay's initTransactions does that at once, this is the backstop.
        properties.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, "60000");
      }
      producer = new KafkaProducer<>(properties);
      listeners.forEach(l -> l.producerCreated(producer));
      if (transactionalId != null) {
        producer.initTransactions();
      }
    }
    return producer;
  }

  /**
   * Drops the producer after a failure: an idempotent producer whose batches expired may have lost
   * its sequence state, so the next publish starts with a fresh one.
   */
  private void discardProducer() {
    if (producer != null) {
      listeners.forEach(l -> l.producerClosed(producer));
      try {
        producer.close(Duration.ZERO);
      } catch (RuntimeException e) {
        LOG.debugf("closing a failed Kafka producer: %s", e);
      }
      producer = null;
    }
  }

  /** Whether the broker refused this producer because a newer one took the transactional id. */
  private static boolean fenced(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ProducerFencedException || t instanceof InvalidProducerEpochException) {
        return true;
      }
    }
    return false;
  }

  private static EventPublishException failure(int count, Throwable cause) {
    if (fenced(cause)) {
      return new EventPublishException(
          "another relay took the turn: this relay's batch of " + count + " events was refused",
          cause);
    }
    String reason =
        cause == null
            ? "unknown"
            : cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    return new EventPublishException(
        "Kafka did not accept a batch of " + count + " events: " + reason, cause);
  }
}
