package dev.switchboard.domain.numbers.event;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.shared.E164Number;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** {@code number.released}: the number was given back to Flowroute and is no longer ours. */
public record NumberReleased(UUID id, Instant time, E164Number number) implements NumberEvent {

  public NumberReleased {
    DomainEvent.requireEnvelope(id, time);
    Objects.requireNonNull(number, "number");
  }
}
