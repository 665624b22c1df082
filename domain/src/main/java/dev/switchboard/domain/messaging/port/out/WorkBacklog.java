package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.messaging.MessageKind;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Port: how much work waits, read for operators: the send queue by kind and the outbox. */
public interface WorkBacklog {

  /** Outbound messages not yet handed to Flowroute (queued, or being sent), by kind. */
  Map<MessageKind, Long> queuedByKind();

  /** Events written to the outbox and not yet published to Kafka. */
  long unpublishedEvents();

  /** When the oldest unpublished event occurred, empty when every event is published. */
  Optional<Instant> oldestUnpublishedEvent();
}
