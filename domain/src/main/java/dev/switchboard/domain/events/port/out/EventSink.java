package dev.switchboard.domain.events.port.out;

import dev.switchboard.domain.events.OutboxRecord;
import java.util.List;

/** Port: where outbox events are published (Kafka). */
public interface EventSink {

  /**
   * Publishes the events in order and returns only when every one is durably accepted.
   *
   * @throws RuntimeException when any was not, so that none is marked published
   */
  void publish(List<OutboxRecord> events);

  /**
   * Called when this relay has just taken the turn, before it reads: a sink that can fence (Kafka's
   * transactional producer) makes every earlier holder of the turn unable to publish from now on,
   * so a relay that lost its turn while it stalled cannot land its late events after ours.
   */
  default void turnTaken() {}
}
