package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.shared.E164Number;
import java.time.Instant;

/** An opt-out list nobody is on and that keeps no STOP, for tests where opt-outs play no part. */
public final class NoOptOuts implements OptOuts {

  @Override
  public boolean isOptedOut(E164Number ourNumber, E164Number phone) {
    return false;
  }

  @Override
  public void optOut(E164Number ourNumber, E164Number phone, String reason, Instant at) {}

  @Override
  public void optIn(E164Number ourNumber, E164Number phone) {}
}
