package dev.switchboard.domain.messaging;

import java.time.Duration;
import java.util.Optional;

/** The carrier (Flowroute) did not take a message; the kind says whether trying again can help. */
public class CarrierException extends RuntimeException {

  /** How a failed send should be handled. */
  public enum Kind {
    /** The carrier refused the message; sending it again will not help (4xx). */
    PERMANENT,
    /**
     * The carrier refused the account, not the message (401, or a 403 about the account): nothing
     * can be sent until the credentials or the account are fixed.
     */
    UNAUTHORIZED,
    /** The request never reached the carrier (connection refused), so sending again is safe. */
    TRANSIENT,
    /** Too many requests (429): slow down, then try again. */
    RATE_LIMITED,
    /**
     * No answer, or an answer that does not say (timeout, connection lost, any 5xx): the carrier
     * may have taken it.
     */
    UNCERTAIN
  }

  private final Kind kind;
  private final String code;
  private final Duration retryAfter;

  public CarrierException(Kind kind, String code, String reason, Duration retryAfter) {
    super(reason);
    this.kind = kind;
    this.code = code;
    this.retryAfter = retryAfter;
  }

  public CarrierException(Kind kind, String code, String reason) {
    this(kind, code, reason, null);
  }

  public Kind kind() {
    return kind;
  }

  /** A short code such as {@code http-403} or {@code timeout}. */
  public String code() {
    return code;
  }

  public String reason() {
    return getMessage();
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
