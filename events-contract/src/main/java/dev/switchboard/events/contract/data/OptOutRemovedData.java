package dev.switchboard.events.contract.data;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code opt-out.removed}: the opt-out as it was recorded, and who removed it and why. */
public record OptOutRemovedData(
    UUID id,
    String number,
    boolean allNumbers,
    String peer,
    OptOutSource source,
    String actor,
    String reason,
    Instant optedOutAt,
    Removal removed) {

  /** Who removed the opt-out, and why. */
  public record Removal(OptOutSource source, String actor, String reason, Instant removedAt) {}
}
