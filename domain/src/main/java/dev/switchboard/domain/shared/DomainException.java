package dev.switchboard.domain.shared;

import java.util.Arrays;
import java.util.Objects;

/** A refusal of the domain, named by an entry of the {@link ProblemType} catalogue. */
public abstract class DomainException extends RuntimeException {

  private final ProblemType problem;

  protected DomainException(ProblemType problem, String message) {
    super(message);
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** Which refusal this is; its class decides how the caller is answered. */
  public ProblemType problem() {
    return problem;
  }

  /** A stable, kebab-case name of the error, used as the problem type. */
  public String code() {
    return problem.code();
  }

  /**
   * The problem, if it is of one of the classes an exception type stands for: a {@code catch} of
   * that type then sees only refusals answered alike.
   */
  protected static ProblemType requireClass(ProblemType problem, ProblemClass... classes) {
    Objects.requireNonNull(problem, "problem");
    if (!Arrays.asList(classes).contains(problem.problemClass())) {
      throw new IllegalArgumentException(
          problem + " is " + problem.problemClass() + ", not " + Arrays.toString(classes));
    }
    return problem;
  }
}
