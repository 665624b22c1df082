package dev.switchboard.api.problems;

import com.fasterxml.jackson.annotation.JsonInclude;
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

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }
}
