package dev.switchboard.domain.shared;

/**
 * What kind of refusal a {@link ProblemType} is, which decides how callers are answered: the API
 * gives each class one HTTP status.
 */
public enum ProblemClass {
  /** The request cannot be read as one (400). */
  MALFORMED,
  /** Well formed, but the input breaks a rule (422). */
  INVALID,
  /** What the request names does not exist (404). */
  NOT_FOUND,
  /** The request contradicts the current state, ours or the provider's (409). */
  CONFLICT,
  /** The provider is rate-limiting us: retry later (429). */
  RATE_LIMITED,
  /** The provider refuses our own credentials: an operator must act (502). */
  MISCONFIGURED,
  /** The provider or the database is away or too slow: retry shortly (503). */
  UNAVAILABLE
}
