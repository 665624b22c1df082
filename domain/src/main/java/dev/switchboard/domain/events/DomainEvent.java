package dev.switchboard.domain.events;

import dev.switchboard.domain.events.port.out.EventEncoder;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened, to be told to other services: one record per event type, in the {@code
 * event} package of its area (such as {@code MessageReceived} or {@code NumberPurchased}). What an
 * event is called on the wire and how its data reads as JSON is the event contract's business,
 * behind {@link EventEncoder}.
 */
public interface DomainEvent {

  /** Unique per event and the same on every redelivery: what consumers deduplicate on. */
  UUID id();

  /** When the change happened. */
  Instant time();

  /** The stream (topic) the event is published to. */
  EventStream stream();

  /** The partitioning key: events with the same key are delivered in order. */
  String key();

  /** What the event is about (a message id, a number), or null. */
  String subject();

  /** The checks every event's constructor makes of the envelope. */
  static void requireEnvelope(UUID id, Instant time) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(time, "time");
  }
}
