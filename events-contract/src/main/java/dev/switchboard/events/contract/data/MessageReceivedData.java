package dev.switchboard.events.contract.data;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Data of {@code message.received}: an SMS or MMS that a phone sent to one of our numbers. */
public record MessageReceivedData(
    UUID id,
    String direction,
    String from,
    String to,
    String body,
    TextEncoding encoding,
    int segments,
    boolean mms,
    List<Media> media,
    String flowrouteId,
    Instant receivedAt) {}
