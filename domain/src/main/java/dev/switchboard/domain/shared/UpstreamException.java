package dev.switchboard.domain.shared;

import java.time.Duration;
import java.util.Optional;

/**
 * The provider (Flowroute) could not do what was asked for a reason that is not the caller's input:
 * it is down, rate-limiting us, refusing our credentials, or refusing by a business rule.
 */
public class UpstreamException extends DomainException {

  /** What went wrong upstream, as the class of the problem tells it. */
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

  private final Duration retryAfter;

  public UpstreamException(ProblemType problem, String message, Duration retryAfter) {
    super(
        requireClass(
            problem,
            ProblemClass.UNAVAILABLE,
            ProblemClass.RATE_LIMITED,
            ProblemClass.MISCONFIGURED,
            ProblemClass.CONFLICT),
        message);
    this.retryAfter = retryAfter;
  }

  public UpstreamException(ProblemType problem, String message) {
    this(problem, message, null);
  }

  public Kind kind() {
    return switch (problem().problemClass()) {
      case RATE_LIMITED -> Kind.RATE_LIMITED;
      case MISCONFIGURED -> Kind.UNAUTHORIZED;
      case CONFLICT -> Kind.REFUSED;
      // The constructor admits no other class.
      default -> Kind.UNAVAILABLE;
    };
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
