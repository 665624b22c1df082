package dev.switchboard.api.web;

import dev.switchboard.api.problems.HttpProblem;
import dev.switchboard.api.problems.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a request body declared larger than {@code switchboard.http.max-body-size} with a 413
 * problem, before any of it is read. Quarkus's own limit ({@code
 * quarkus.http.limits.max-body-size}, set to the same size) would answer a bare 413; it still
 * bounds chunked bodies, which declare no length.
 */
@ApplicationScoped
public class BodyLimit {

  /** Before Quarkus's own upload limit and every other route. */
  private static final int ORDER = -1_000;

  private static final String PROBLEM_JSON = Problem.MEDIA_TYPE.toString();

  private final long limit;

  public BodyLimit(BodyLimitConfig config) {
    this.limit = config.maxBodySize().asLongValue();
  }

  void register(@Observes Router router) {
    router.route().order(ORDER).handler(this::check);
  }

  private void check(RoutingContext context) {
    String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (declared != null && tooLarge(declared)) {
      HttpProblem tooLarge = HttpProblem.REQUEST_BODY_TOO_LARGE;
      String problem =
          "{\"type\":\""
              + Problem.TYPE_BASE
              + tooLarge.code()
              + "\",\"title\":\""
              + Problem.titleOf(tooLarge.code())
              + "\",\"status\":"
              + tooLarge.status()
              + ",\"detail\":\"the request body is larger than "
              + limit
              + " bytes\",\"code\":\""
              + tooLarge.code()
              + "\"}";
      context
          .response()
          .setStatusCode(tooLarge.status())
          .putHeader(HttpHeaders.CONTENT_TYPE, PROBLEM_JSON)
          // The unread body would otherwise be taken for the next request on this connection.
          .putHeader(HttpHeaders.CONNECTION, "close")
          .end(problem);
      return;
    }
    context.next();
  }

  private boolean tooLarge(String declared) {
    try {
      return Long.parseLong(declared.strip()) > limit;
    } catch (NumberFormatException malformed) {
      // Vert.x refuses a malformed Content-Length itself; nothing to add here.
      return false;
    }
  }
}
