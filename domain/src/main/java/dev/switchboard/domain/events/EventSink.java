package dev.switchboard.domain.events;

import java.util.List;

/** Port: where outbox events are published (Kafka). */
public interface EventSink {

  /**
   * Publishes the events in order and returns only when every one is durably accepted.
   *
   * @throws RuntimeException when any was not, so that none is marked published
   */
  void publish(List<OutboxRecord> events);
}
