package dev.switchboard.domain.shared;

/** A resource that does not exist (or is not visible to the caller). */
public class NotFoundException extends DomainException {
  public NotFoundException(ProblemType problem, String message) {
    super(requireClass(problem, ProblemClass.NOT_FOUND), message);
  }
}
