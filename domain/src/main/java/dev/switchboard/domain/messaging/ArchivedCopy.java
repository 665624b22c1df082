package dev.switchboard.domain.messaging;

import java.time.Instant;
import java.util.Objects;

/**
 * Our own copy of an inbound medium, kept in our object storage because Flowroute's link expires.
 *
 * @param key where the copy is in the {@code MediaStore}
 * @param contentType the type the media server gave when we copied it
 */
public record ArchivedCopy(String key, String contentType, long sizeBytes, Instant archivedAt) {

  public ArchivedCopy {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(archivedAt, "archivedAt");
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("sizeBytes cannot be negative");
    }
  }
}
