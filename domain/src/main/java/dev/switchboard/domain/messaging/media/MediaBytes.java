package dev.switchboard.domain.messaging.media;

import java.util.Objects;

/**
 * A medium's bytes and content type, whole in memory: media are bounded ({@code MediaFetchLimits}),
 * so a copy never needs to stream through the worker.
 */
public record MediaBytes(String contentType, byte[] content) {

  public MediaBytes {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(content, "content");
  }

  public long size() {
    return content.length;
  }
}
