package dev.switchboard.api.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.switchboard.api.web.StorableStrings;
import dev.switchboard.domain.messaging.media.MediaNotArchivedException;
import dev.switchboard.domain.messaging.media.MediaUnavailableException;
import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.StorableText;
import dev.switchboard.domain.shared.StorageUnavailableException;
import dev.switchboard.domain.shared.UpstreamException;
import dev.switchboard.persistence.common.DatabaseFailures;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every error into an RFC 9457 problem, so no caller ever sees a bare 500 or HTML. A domain
 * refusal's status comes from its {@link ProblemType} (see {@link ProblemCatalogue}).
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  /** Validation, not-found and conflict refusals: the status is the problem's. */
  @ServerExceptionMapper
  public Response domain(DomainException e) {
    return Problem.of(e.problem(), e.getMessage()).toResponse();
  }

  @ServerExceptionMapper
  public Response upstream(UpstreamException e) {
    Response.ResponseBuilder response =
        Response.fromResponse(Problem.of(e.problem(), e.getMessage()).toResponse());
    if (e.retryAfter().isPresent()) {
      response.header("Retry-After", Math.max(1, e.retryAfter().get().toSeconds()));
    } else if (e.kind() == UpstreamException.Kind.UNAVAILABLE) {
      response.header("Retry-After", 5);
    }
    return response.build();
  }

  /**
   * The database is away or not keeping up: nothing was committed for this request, unless the
   * detail says its commit got no answer (then it may have been: retrying a webhook or a keyed send
   * stores it once).
   */
  @ServerExceptionMapper
  public Response storageUnavailable(StorageUnavailableException e) {
    LOG.warnf("database unavailable: %s", e.getMessage());
    return Response.fromResponse(Problem.of(e.problem(), e.getMessage()).toResponse())
        .header("Retry-After", Math.max(1, e.retryAfter().toSeconds()))
        .build();
  }

  /** An inbound medium not copied yet: when to ask again (none once every copy failed). */
  @ServerExceptionMapper
  public Response mediaNotArchived(MediaNotArchivedException e) {
    Response.ResponseBuilder response =
        Response.fromResponse(Problem.of(e.problem(), e.getMessage()).toResponse());
    e.retryAfter().ifPresent(d -> response.header("Retry-After", Math.max(1, d.toSeconds())));
    return response.build();
  }

  @ServerExceptionMapper
  public Response mediaUnavailable(MediaUnavailableException e) {
    LOG.warnf("media storage unavailable: %s", e.getCause());
    return Response.fromResponse(Problem.of(e.problem(), e.getMessage()).toResponse())
        .header("Retry-After", Math.max(1, e.retryAfter().toSeconds()))
        .build();
  }

  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthorized(RuntimeException e) {
    return Response.fromResponse(
            Problem.of(
                    HttpProblem.UNAUTHORIZED,
                    "a valid bearer token is required (Authorization: Bearer <jwt>)")
                .toResponse())
        .header("WWW-Authenticate", "Bearer")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return Problem.of(HttpProblem.FORBIDDEN, "the token does not carry the scope this call needs")
        .toResponse();
  }

  @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
  public Response unreadable(JsonProcessingException e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      // Jackson wraps it in a mapping error of the enclosing object, which has the full path.
      if (t instanceof StorableStrings.UnstorableText) {
        return domain(StorableText.refusal("field " + fieldOf(e)));
      }
    }
    // Jackson's own text names our classes and echoes input: only the field is told.
    String detail =
        e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
            ? "field " + fieldOf(e) + " is missing, of the wrong type or malformed"
            : "the body is not valid JSON of the expected shape";
    return Problem.of(HttpProblem.MALFORMED_REQUEST, detail).toResponse();
  }

  /** The JSON path of the field a mapping error is about, e.g. {@code 'mediaUrls[2]'}. */
  static String fieldOf(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
      return "'?'";
    }
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : mapping.getPath()) {
      if (reference.getFieldName() != null) {
        String name = reference.getFieldName();
        path.append(path.length() == 0 ? "" : ".")
            .append(name.matches("[A-Za-z0-9_]{1,40}") ? name : "?");
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return "'" + path + "'";
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    for (Throwable t = e.getCause(); t != null && t.getCause() != t; t = t.getCause()) {
      // The JSON reader reports a body it could not read as a 400 around Jackson's error.
      if (status == 400 && t instanceof JsonProcessingException unreadable) {
        return unreadable(unreadable);
      }
    }
    if (status >= 500) {
      return unexpected(e);
    }
    String code =
        switch (status) {
          case 400 -> HttpProblem.MALFORMED_REQUEST.code();
          case 404 -> ProblemType.NOT_FOUND.code();
          case 405 -> HttpProblem.METHOD_NOT_ALLOWED.code();
          case 406 -> HttpProblem.NOT_ACCEPTABLE.code();
          case 413 -> HttpProblem.REQUEST_BODY_TOO_LARGE.code();
          case 415 -> HttpProblem.UNSUPPORTED_MEDIA_TYPE.code();
          default -> "http-" + status;
        };
    // The exception's own text is the framework's, not ours to show.
    String detail =
        switch (status) {
          case 400 -> "the request cannot be read";
          case 404 -> "no such resource";
          case 405 -> "this method is not allowed here";
          case 406 -> "this resource answers application/json";
          case 413 -> "the request body is too large";
          case 415 -> "send application/json";
          default -> "the request was refused (HTTP " + status + ")";
        };
    return Problem.of(status, code, Problem.titleOf(code), detail).toResponse();
  }

  @ServerExceptionMapper
  public Response unexpected(Exception e) {
    if (databaseUnreachable(e)) {
      LOG.warnf("database unavailable: %s", e.toString());
      return Response.fromResponse(
              Problem.of(
                      ProblemType.DATABASE_UNAVAILABLE,
                      "the database did not answer in time; retry shortly")
                  .toResponse())
          .header("Retry-After", 1)
          .build();
    }
    LOG.error("unexpected error", e);
    return Problem.of(HttpProblem.INTERNAL_ERROR, "something went wrong on our side; retry later")
        .toResponse();
  }

  /**
   * The database away rather than a bug: no connection could be had (pool exhausted, server down),
   * or the server did not answer within the read timeout (frozen, overloaded).
   */
  static boolean databaseUnreachable(Throwable e) {
    return DatabaseFailures.unavailable(e);
  }
}
