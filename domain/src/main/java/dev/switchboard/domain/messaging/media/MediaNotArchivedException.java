package dev.switchboard.domain.messaging.media;

import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.ProblemType;
import java.time.Duration;
import java.util.Optional;

/** An inbound medium we have no copy of yet (or never will): when to ask again, if ever. */
public class MediaNotArchivedException extends ConflictException {

  private final Duration retryAfter;

  public MediaNotArchivedException(String message, Duration retryAfter) {
    super(ProblemType.MEDIA_NOT_ARCHIVED, message);
    this.retryAfter = retryAfter;
  }

  /** Empty when every copy failed and none will be tried again. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
