package dev.switchboard.domain.messaging.media;

import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.ProblemType;
import java.time.Duration;

/** Our media storage cannot be read now: the caller may try again after {@link #retryAfter()}. */
public class MediaUnavailableException extends DomainException {

  private final Duration retryAfter;

  public MediaUnavailableException(String message, Duration retryAfter, Throwable cause) {
    super(ProblemType.MEDIA_STORAGE_UNAVAILABLE, message);
    this.retryAfter = retryAfter;
    initCause(cause);
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
