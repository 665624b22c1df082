package dev.switchboard.domain.messaging;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.net.URI;

/** One attachment of an MMS: where it is, and what Flowroute told us about it (may be unknown). */
public record Media(URI url, String mimeType, String fileName, Long sizeBytes) {

  public Media {
    if (url == null || url.getScheme() == null || !url.getScheme().startsWith("http")) {
      throw new ValidationException(
          ProblemType.INVALID_MEDIA, "media needs an http(s) URL, got " + url);
    }
    if (sizeBytes != null && sizeBytes < 0) {
      throw new ValidationException(ProblemType.INVALID_MEDIA, "media size cannot be negative");
    }
  }

  public static Media of(URI url) {
    return new Media(url, null, null, null);
  }
}
