package dev.switchboard.api.console;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses (403) a console request that changes something unless its form carries the CSRF token of
 * {@link ConsoleCsrf}. Only {@code /console}: the API's callers send bearer tokens, which a browser
 * does not add by itself, and Flowroute's webhooks are no forms of ours.
 */
public class ConsoleCsrfFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @ServerRequestFilter
  @WithFormRead
  public Optional<RestResponse<String>> check(
      ResteasyReactiveContainerRequestContext context, HttpServerRequest request) {
    String path = context.getUriInfo().getPath();
    if (!(path.equals("/console") || path.startsWith("/console/"))
        || SAFE.contains(context.getMethod())) {
      return Optional.empty();
    }
    Cookie cookie = request.getCookie(ConsoleCsrf.NAME);
    Object field =
        ((ResteasyReactiveRequestContext) context.getServerRequestContext())
            .getFormParameter(ConsoleCsrf.NAME, true, false);
    if (cookie != null
        && field instanceof String sent
        && MessageDigest.isEqual(
            cookie.getValue().getBytes(StandardCharsets.UTF_8),
            sent.getBytes(StandardCharsets.UTF_8))) {
      return Optional.empty();
    }
    return Optional.of(
        RestResponse.ResponseBuilder.create(
                RestResponse.Status.FORBIDDEN,
                "This form has expired or did not come from the console: reload the page and"
                    + " send it again.")
            .type(MediaType.TEXT_PLAIN_TYPE)
            .build());
  }
}
