package dev.switchboard.events;

import dev.switchboard.domain.events.OutboxRecord;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.producer.Producer;

/**
 * What the relay's Kafka sink tells the application besides publishing: each producer it makes and
 * closes (a new one after every failure or turn taken), so that its client metrics follow it, and
 * each batch Kafka acknowledged, so that the relay's lag can be measured.
 */
public interface SinkListener {

  default void producerCreated(Producer<?, ?> producer) {}

  default void producerClosed(Producer<?, ?> producer) {}

  /** {@code events} were acknowledged by Kafka at {@code acknowledgedAt}. */
  default void published(List<OutboxRecord> events, Instant acknowledgedAt) {}
}
