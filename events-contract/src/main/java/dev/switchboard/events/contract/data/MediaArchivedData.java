package dev.switchboard.events.contract.data;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code message.media-archived}: our copy of one medium of an inbound MMS; {@code url} is
 * the API path that streams it, relative to the API's base URL.
 */
public record MediaArchivedData(
    UUID id,
    String to,
    int index,
    int count,
    String url,
    String contentType,
    long sizeBytes,
    URI originalUrl,
    String fileName,
    Instant archivedAt) {}
