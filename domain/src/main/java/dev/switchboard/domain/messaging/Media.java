package dev.switchboard.domain.messaging;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.net.URI;

/**
 * One attachment of an MMS: where it is, and what Flowroute told us about it (may be unknown).
 *
 * @param url where the sender (or Flowroute, for an inbound MMS) put it
 * @param archived our own copy of an inbound medium, once it is made; null before and for the media
 *     of messages we send
 */
public record Media(
    URI url, String mimeType, String fileName, Long sizeBytes, ArchivedCopy archived) {

  public Media {
    if (url == null || url.getScheme() == null || !url.getScheme().startsWith("http")) {
      throw new ValidationException(
          ProblemType.INVALID_MEDIA, "media needs an http(s) URL, got " + url);
    }
    if (sizeBytes != null && sizeBytes < 0) {
      throw new ValidationException(ProblemType.INVALID_MEDIA, "media size cannot be negative");
    }
  }

  public Media(URI url, String mimeType, String fileName, Long sizeBytes) {
    this(url, mimeType, fileName, sizeBytes, null);
  }

  public static Media of(URI url) {
    return new Media(url, null, null, null);
  }

  /** This medium with our copy of it. */
  public Media withArchived(ArchivedCopy copy) {
    return new Media(url, mimeType, fileName, sizeBytes, copy);
  }
}
