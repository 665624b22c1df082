package dev.switchboard.api.console;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The console's CSRF token for the forms of one page ({@code {inject:csrf.token}}): the browser's
 * token cookie, or a new random one set with this response. {@link ConsoleCsrfFilter} refuses a
 * console form whose field does not match the cookie (a double-submit token: another site can
 * neither read the cookie nor set it).
 */
@Named("csrf")
@RequestScoped
public class ConsoleCsrf {

  /** The cookie's and the form field's name. */
  static final String NAME = "csrf-token";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final HttpServerRequest request;
  private final boolean secure;
  private String token;

  ConsoleCsrf(
      HttpServerRequest request,
      @ConfigProperty(
              name = "quarkus.oidc.authentication.cookie-force-secure",
              defaultValue = "true")
          boolean secure) {
    this.request = request;
    this.secure = secure;
  }

  public String getParameterName() {
    return NAME;
  }

  public String getToken() {
    if (token == null) {
      Cookie cookie = request.getCookie(NAME);
      if (cookie != null && !cookie.getValue().isBlank()) {
        token = cookie.getValue();
      } else {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        request
            .response()
            .addCookie(
                Cookie.cookie(NAME, token)
                    .setPath("/console")
                    .setHttpOnly(true)
                    .setSecure(secure)
                    .setSameSite(CookieSameSite.STRICT));
      }
    }
    return token;
  }
}
