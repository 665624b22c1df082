package dev.switchboard.domain.numbers.event;

import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.port.out.IdGenerator;
import java.time.Instant;
import java.util.Optional;

/** Builds the events of the numbers stream, each with a new id. */
public final class NumberEvents {

  private final IdGenerator ids;

  public NumberEvents(IdGenerator ids) {
    this.ids = ids;
  }

  public NumberPurchased purchased(OwnedNumber number, Instant at) {
    return new NumberPurchased(ids.newId(), at, number);
  }

  public NumberReleased released(E164Number number, Instant at) {
    return new NumberReleased(ids.newId(), at, number);
  }

  public NumberUpdated updated(OwnedNumber number, Instant at) {
    return new NumberUpdated(ids.newId(), at, number);
  }

  public NumberRoutesChanged routesChanged(OwnedNumber number, Instant at) {
    return new NumberRoutesChanged(ids.newId(), at, number);
  }

  /** The number's E911 address was assigned or removed ({@code e911Id} empty). */
  public NumberE911Changed e911Changed(OwnedNumber number, Instant at) {
    return new NumberE911Changed(ids.newId(), at, number);
  }

  /** The number's caller name was assigned or removed ({@code cnamId} empty). */
  public NumberCnamChanged cnamChanged(OwnedNumber number, Instant at) {
    return new NumberCnamChanged(ids.newId(), at, number);
  }

  /**
   * The inventory was repaired to match the provider.
   *
   * @param before our record before, or null when the number was missing from it
   * @param after the provider's view, or null when the provider no longer has the number
   */
  public NumberDriftRepaired driftRepaired(
      E164Number number, OwnedNumber before, OwnedNumber after, Instant at) {
    return new NumberDriftRepaired(
        ids.newId(), at, number, Optional.ofNullable(before), Optional.ofNullable(after));
  }
}
