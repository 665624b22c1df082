package dev.switchboard.domain.numbers.event;

import dev.switchboard.domain.numbers.OwnedNumber;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code number.e911-changed}: the number's E911 address was assigned or removed ({@code e911Id}
 * empty).
 */
public record NumberE911Changed(UUID id, Instant time, OwnedNumber state)
    implements NumberStateEvent {

  public NumberE911Changed {
    NumberStateEvent.require(id, time, state);
  }
}
