package dev.switchboard.api.metrics;

import dev.switchboard.domain.events.OutboxRecord;
import dev.switchboard.events.SinkListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.Producer;

/**
 * The relay's Kafka producer as metrics: Micrometer's Kafka client metrics ({@code
 * kafka_producer_*}) bound to each producer the relay makes and unbound when it is dropped, and the
 * relay's lag, from an event's change to Kafka's acknowledgement of it.
 */
@ApplicationScoped
public class RelayKafkaMetrics implements SinkListener {

  private final MeterRegistry registry;
  private final Timer lag;
  private final Map<Producer<?, ?>, KafkaClientMetrics> bound = new IdentityHashMap<>();

  RelayKafkaMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.lag =
        Timer.builder("switchboard.outbox.relay.lag")
            .description("from an event's change to Kafka's acknowledgement of its record")
            .register(registry);
  }

  @Override
  public synchronized void producerCreated(Producer<?, ?> producer) {
    KafkaClientMetrics metrics = new KafkaClientMetrics(producer);
    metrics.bindTo(registry);
    bound.put(producer, metrics);
  }

  @Override
  public synchronized void producerClosed(Producer<?, ?> producer) {
    KafkaClientMetrics metrics = bound.remove(producer);
    if (metrics != null) {
      metrics.close();
    }
  }

  @Override
  public void published(List<OutboxRecord> events, Instant acknowledgedAt) {
    for (OutboxRecord event : events) {
      lag.record(Duration.between(event.time(), acknowledgedAt).abs());
    }
  }
}
