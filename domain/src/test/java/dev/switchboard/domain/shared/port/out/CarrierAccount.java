package dev.switchboard.domain.shared.port.out;

import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.shared.E164Number;

/** The carrier's account a port contract runs against, as the contract needs to steer it. */
public interface CarrierAccount {

  /** Puts the account back to its starting state. */
  void reset();

  /** Makes the carrier unreachable (or reachable again). */
  void down(boolean down);

  /** A number of the type newly bought on the account. */
  E164Number buy(NumberType type);
}
