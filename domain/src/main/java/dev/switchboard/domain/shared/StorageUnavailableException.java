package dev.switchboard.domain.shared;

import java.time.Duration;

/**
 * The database could not take the work in time: it is down, frozen, refusing connections, or the
 * work waited past its deadline. Nothing was committed for the caller (or, for work that timed out
 * while it ran, the outcome is unknown), so the caller may retry after {@link #retryAfter()}.
 */
public class StorageUnavailableException extends DomainException {

  private final Duration retryAfter;

  public StorageUnavailableException(String message, Duration retryAfter, Throwable cause) {
    super(ProblemType.DATABASE_UNAVAILABLE, message);
    this.retryAfter = retryAfter;
    if (cause != null) {
      initCause(cause);
    }
  }

  public StorageUnavailableException(String message, Duration retryAfter) {
    this(message, retryAfter, null);
  }

  /** When a retry has a chance. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
