package dev.switchboard.events.contract.data;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code message.foreign-recorded}: a text someone else sent on our Flowroute account, seen
 * once by the reconciliation.
 */
public record ForeignMessageRecordedData(
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
    MessageStatus status,
    String failureCode,
    String failureReason,
    Instant sentAt,
    Instant recordedAt) {}
