package dev.switchboard.events.contract.data;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code opt-out.added}: a phone may no longer be texted from {@code number}, or from any
 * number of ours when {@code allNumbers}.
 */
public record OptOutAddedData(
    UUID id,
    String number,
    boolean allNumbers,
    String peer,
    OptOutSource source,
    String actor,
    String reason,
    Instant optedOutAt) {}
