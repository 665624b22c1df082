package dev.switchboard.api.problems;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.domain.shared.ProblemType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem details body. {@code type} is stable per kind of error; {@code code} is its
 * last path segment, for callers that prefer a short name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code) {

  public static final String TYPE_BASE = "https://switchboard.dev/problems/";
  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  public static Problem of(int status, String code, String title, String detail) {
    return new Problem(TYPE_BASE + code, title, status, detail, code);
  }

  /** A domain refusal, with the status of its class. */
  public static Problem of(ProblemType problem, String detail) {
    return of(ProblemCatalogue.status(problem), problem.code(), titleOf(problem.code()), detail);
  }

  /** A refusal of the HTTP layer. */
  public static Problem of(HttpProblem problem, String detail) {
    return of(problem.status(), problem.code(), titleOf(problem.code()), detail);
  }

  /** The title every problem of a code has: its words, capitalised. */
  public static String titleOf(String code) {
    String words = code.replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }
}
