package dev.switchboard.domain.cnam.event;

import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.CnamStatus;
import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.EventStream;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Flowroute's review of a caller name ended, on the numbers stream. A caller name belongs to no
 * single number, so the key is {@code cnam:<id>}.
 */
public interface CnamReviewed extends DomainEvent {

  /** The caller name as the review left it. */
  CnamRecord name();

  @Override
  default EventStream stream() {
    return EventStream.NUMBERS;
  }

  @Override
  default String key() {
    return "cnam:" + name().id();
  }

  @Override
  default String subject() {
    return key();
  }

  /** The checks of a review event's constructor: the name ended its review with {@code outcome}. */
  static void require(UUID id, Instant time, CnamRecord name, CnamStatus outcome) {
    DomainEvent.requireEnvelope(id, time);
    Objects.requireNonNull(name, "name");
    if (name.status() != outcome) {
      throw new IllegalArgumentException(
          "caller name " + name.id() + " is " + name.status() + ", not " + outcome);
    }
  }
}
