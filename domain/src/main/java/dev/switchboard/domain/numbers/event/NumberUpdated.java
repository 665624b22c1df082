package dev.switchboard.domain.numbers.event;

import dev.switchboard.domain.numbers.OwnedNumber;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code number.updated}: the number's alias, CNAM lookups or messaging changed, or a webhook was
 * set.
 */
public record NumberUpdated(UUID id, Instant time, OwnedNumber state) implements NumberStateEvent {

  public NumberUpdated {
    NumberStateEvent.require(id, time, state);
  }
}
