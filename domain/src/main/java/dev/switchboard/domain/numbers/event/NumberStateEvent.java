package dev.switchboard.domain.numbers.event;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.shared.E164Number;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A number event that tells the number's whole state after the change. */
public interface NumberStateEvent extends NumberEvent {

  /** The number as the inventory now has it. */
  OwnedNumber state();

  @Override
  default E164Number number() {
    return state().number();
  }

  /** The checks of every state event's constructor. */
  static void require(UUID id, Instant time, OwnedNumber state) {
    DomainEvent.requireEnvelope(id, time);
    Objects.requireNonNull(state, "state");
  }
}
