package dev.switchboard.api.problems;

/**
 * The problems of the HTTP layer itself (unreadable bodies, tokens, methods, media types), which no
 * use case raises; with the domain's {@link dev.switchboard.domain.shared.ProblemType}s they make
 * the {@link ProblemCatalogue}.
 */
public enum HttpProblem {
  MALFORMED_REQUEST("malformed-request", 400),
  UNAUTHORIZED("unauthorized", 401),
  FORBIDDEN("forbidden", 403),
  METHOD_NOT_ALLOWED("method-not-allowed", 405),
  NOT_ACCEPTABLE("not-acceptable", 406),
  REQUEST_BODY_TOO_LARGE("request-body-too-large", 413),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),
  INTERNAL_ERROR("internal-error", 500);

  private final String code;
  private final int status;

  HttpProblem(String code, int status) {
    this.code = code;
    this.status = status;
  }

  public String code() {
    return code;
  }

  public int status() {
    return status;
  }
}
