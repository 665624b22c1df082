package dev.switchboard.domain.numbers.event;

import dev.switchboard.domain.numbers.OwnedNumber;
import java.time.Instant;
import java.util.UUID;

/** {@code number.purchased}: the number was bought and is now ours. */
public record NumberPurchased(UUID id, Instant time, OwnedNumber state)
    implements NumberStateEvent {

  public NumberPurchased {
    NumberStateEvent.require(id, time, state);
  }
}
