package dev.switchboard.domain.numbers.event;

import dev.switchboard.domain.numbers.OwnedNumber;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code number.cnam-changed}: the number's caller name was assigned or removed ({@code cnamId}
 * empty).
 */
public record NumberCnamChanged(UUID id, Instant time, OwnedNumber state)
    implements NumberStateEvent {

  public NumberCnamChanged {
    NumberStateEvent.require(id, time, state);
  }
}
