package dev.switchboard.domain.numbers.event;

import dev.switchboard.domain.numbers.OwnedNumber;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code number.routes-changed}: the number's primary or failover voice route was set or removed.
 */
public record NumberRoutesChanged(UUID id, Instant time, OwnedNumber state)
    implements NumberStateEvent {

  public NumberRoutesChanged {
    NumberStateEvent.require(id, time, state);
  }
}
