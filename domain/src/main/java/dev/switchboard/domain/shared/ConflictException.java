package dev.switchboard.domain.shared;

/** A request that contradicts the current state, such as an idempotency key reused. */
public class ConflictException extends DomainException {
  public ConflictException(ProblemType problem, String message) {
    super(requireClass(problem, ProblemClass.CONFLICT), message);
  }
}
