package dev.switchboard.domain.shared;

import java.time.Duration;
import java.util.Optional;

/**
 * The provider (Flowroute) could not do what was asked for a reason that is not the caller's input:
 * it is down, rate-limiting us, refusing our credentials, or refusing by a business rule.
 */
public class UpstreamException extends DomainException {

  /** What went wrong upstream, which decides what the caller is told. */
  public enum Kind {
    /** Down, timing out or answering 5xx: try again later. */
    UNAVAILABLE,
    /** 429: too many requests; see {@link #retryAfter()}. */
    RATE_LIMITED,
    /** 401: our credentials were refused (an operator must fix the configuration). */
    UNAUTHORIZED,
    /** 403: the provider refused by one of its rules (route in use, duplicate, not allowed). */
    REFUSED
  }

  private final Kind kind;
  private final Duration retryAfter;

  public UpstreamException(Kind kind, String code, String message, Duration retryAfter) {
    super(code, message);
    this.kind = kind;
    this.retryAfter = retryAfter;
  }

  public UpstreamException(Kind kind, String code, String message) {
    this(kind, code, message, null);
  }

  public Kind kind() {
    return kind;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
