package dev.switchboard.domain.shared;

/** Input that breaks a rule of the domain, or that cannot be read at all. */
public class ValidationException extends DomainException {
  public ValidationException(ProblemType problem, String message) {
    super(requireClass(problem, ProblemClass.MALFORMED, ProblemClass.INVALID), message);
  }
}
