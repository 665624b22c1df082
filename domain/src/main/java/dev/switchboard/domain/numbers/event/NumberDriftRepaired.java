package dev.switchboard.domain.numbers.event;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.shared.E164Number;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code number.drift-repaired}: the inventory was repaired to match the provider.
 *
 * @param before our record before, empty when the number was missing from it
 * @param after the provider's view, empty when the provider no longer has the number
 */
public record NumberDriftRepaired(
    UUID id,
    Instant time,
    E164Number number,
    Optional<OwnedNumber> before,
    Optional<OwnedNumber> after)
    implements NumberEvent {

  /** What the repair did to our record. */
  public enum Change {
    ADDED,
    REMOVED,
    CHANGED
  }

  public NumberDriftRepaired {
    DomainEvent.requireEnvelope(id, time);
    Objects.requireNonNull(number, "number");
    before = before == null ? Optional.empty() : before;
    after = after == null ? Optional.empty() : after;
    if (before.isEmpty() && after.isEmpty()) {
      throw new IllegalArgumentException("a repair has a record before or after it");
    }
  }

  public Change change() {
    return before.isEmpty() ? Change.ADDED : after.isEmpty() ? Change.REMOVED : Change.CHANGED;
  }
}
