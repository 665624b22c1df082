package dev.switchboard.api.problems;

import dev.switchboard.domain.shared.ProblemClass;
import dev.switchboard.domain.shared.ProblemType;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every problem type the API answers with and its HTTP status: the domain's refusals ({@link
 * ProblemType}, whose {@link ProblemClass} gives the status) and the HTTP layer's own ({@link
 * HttpProblem}). Besides these, a framework refusal of another status is {@code http-<status>}.
 */
public final class ProblemCatalogue {

  private ProblemCatalogue() {}

  /** The one place a class of refusal becomes an HTTP status. */
  public static int status(ProblemClass problemClass) {
    return switch (problemClass) {
      case MALFORMED -> 400;
      case INVALID -> 422;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case RATE_LIMITED -> 429;
      case MISCONFIGURED -> 502;
      case UNAVAILABLE -> 503;
    };
  }

  public static int status(ProblemType problem) {
    return status(problem.problemClass());
  }

  /**
   * Every code with its status, by code.
   *
   * @throws IllegalStateException if a code were in both enums
   */
  public static Map<String, Integer> all() {
    Map<String, Integer> all = new TreeMap<>();
    for (ProblemType problem : ProblemType.values()) {
      put(all, problem.code(), status(problem));
    }
    for (HttpProblem problem : HttpProblem.values()) {
      put(all, problem.code(), problem.status());
    }
    return Collections.unmodifiableMap(all);
  }

  private static void put(Map<String, Integer> all, String code, int status) {
    if (all.put(code, status) != null) {
      throw new IllegalStateException("the problem code " + code + " is in the catalogue twice");
    }
  }
}
