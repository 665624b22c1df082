package dev.switchboard.domain.messaging;

import dev.switchboard.domain.shared.E164Number;
import java.time.Instant;

/** Port: which phones asked one of our numbers to stop texting them. */
public interface OptOuts {

  boolean isOptedOut(E164Number ourNumber, E164Number phone);

  void optOut(E164Number ourNumber, E164Number phone, String reason, Instant at);

  void optIn(E164Number ourNumber, E164Number phone);
}
