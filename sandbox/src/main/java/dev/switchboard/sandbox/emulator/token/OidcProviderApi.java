package dev.switchboard.sandbox.emulator.token;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.emulator.http.Exchange;
import dev.switchboard.sandbox.emulator.http.Json;
import dev.switchboard.sandbox.emulator.http.Router;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

/**
 * A minimal OpenID Connect provider under {@code /sandbox/oidc} for the operator console's code
 * flow: discovery, an authorize step that signs the sandbox operator in at once (no login page),
 * the token endpoint and the JWKS of {@link JwtIssuer}. Sandbox only: it asks for no password. An
 * authorize request with {@code login_hint=read-only} signs in a read-only operator instead.
 */
public final class OidcProviderApi {

  /** The {@code sub} of the operator the sandbox signs in. */
  public static final String OPERATOR = "sandbox-operator";

  /** The {@code login_hint} that asks for the read-only operator. */
  public static final String READ_ONLY_HINT = "read-only";

  /** The {@code sub} of the read-only operator: it may read messages and numbers, nothing more. */
  public static final String READ_ONLY_OPERATOR = "sandbox-reader";

  public static final Set<String> READ_ONLY_SCOPES = Set.of("messages:read", "numbers:read");

  /** Who a code signs in: a subject, a display name and the scopes of its tokens. */
  private record Signee(String subject, String name, Set<String> scopes) {}

  private static final Signee FULL =
      new Signee(OPERATOR, "Sandbox Operator", JwtIssuer.DEFAULT_SCOPES);
  private static final Signee READ_ONLY =
      new Signee(READ_ONLY_OPERATOR, "Read-only Operator", READ_ONLY_SCOPES);

  private record Grant(String clientId, String redirectUri, String nonce, Signee signee) {}

  private final JwtIssuer issuer;
  private final String issuerName;
  private final String base;
  private final Map<String, Grant> codes = new ConcurrentHashMap<>();

  public OidcProviderApi(JwtIssuer issuer, String issuerName, String emulatorUrl) {
    this.issuer = issuer;
    this.issuerName = issuerName;
    this.base = emulatorUrl + "/sandbox/oidc";
  }

  public void register(Router router) {
    router
        .add("GET", "/sandbox/oidc/\\.well-known/openid-configuration", this::discovery)
        .add("GET", "/sandbox/oidc/authorize", this::authorize)
        .add("POST", "/sandbox/oidc/token", this::token)
        .add("GET", "/sandbox/oidc/jwks", this::jwks)
        .add("GET", "/sandbox/oidc/logout", this::logout);
  }

  private void discovery(Exchange exchange, Matcher path) throws IOException {
    ObjectNode doc = Json.object();
    doc.put("issuer", issuerName);
    doc.put("authorization_endpoint", base + "/authorize");
    doc.put("token_endpoint", base + "/token");
    doc.put("jwks_uri", base + "/jwks");
    doc.put("end_session_endpoint", base + "/logout");
    doc.putArray("response_types_supported").add("code");
    doc.putArray("subject_types_supported").add("public");
    doc.putArray("id_token_signing_alg_values_supported").add("RS256");
    doc.putArray("grant_types_supported").add("authorization_code");
    doc.putArray("token_endpoint_auth_methods_supported")
        .add("client_secret_basic")
        .add("client_secret_post");
    exchange.json(200, doc, "application/json");
  }

  /** Signs the sandbox operator in at once and sends the browser back with a one-time code. */
  private void authorize(Exchange exchange, Matcher path) throws IOException {
    Map<String, String> query = exchange.query();
    String redirect = query.get("redirect_uri");
    String clientId = query.get("client_id");
    if (redirect == null || clientId == null || !"code".equals(query.get("response_type"))) {
      ObjectNode error = Json.object().put("error", "invalid_request");
      error.put("error_description", "send response_type=code, client_id and redirect_uri");
      exchange.json(400, error, "application/json");
      return;
    }
    String code = UUID.randomUUID().toString();
    Signee signee = READ_ONLY_HINT.equals(query.get("login_hint")) ? READ_ONLY : FULL;
    codes.put(code, new Grant(clientId, redirect, query.get("nonce"), signee));
    StringBuilder location = new StringBuilder(redirect);
    location.append(redirect.contains("?") ? '&' : '?').append("code=").append(code);
    if (query.get("state") != null) {
      location
          .append("&state=")
          .append(URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
    }
    exchange.redirect(location.toString());
  }

  private void token(Exchange exchange, Matcher path) throws IOException {
    Map<String, String> form = exchange.form();
    Grant grant = form.get("code") == null ? null : codes.remove(form.get("code"));
    if (!"authorization_code".equals(form.get("grant_type")) || grant == null) {
      exchange.json(
          400,
          Json.object().put("error", "invalid_grant").put("error_description", "unknown code"),
          "application/json");
      return;
    }
    long now = Instant.now().getEpochSecond();
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", issuerName);
    claims.put("aud", grant.clientId());
    Signee signee = grant.signee();
    claims.put("sub", signee.subject());
    claims.put("upn", signee.subject());
    claims.put("preferred_username", signee.subject());
    claims.put("name", signee.name());
    claims.put("scope", String.join(" ", new TreeSet<>(signee.scopes())));
    claims.put("groups", new TreeSet<>(signee.scopes()));
    claims.put("iat", now);
    claims.put("exp", now + JwtIssuer.LIFETIME_SECONDS);
    if (grant.nonce() != null) {
      claims.put("nonce", grant.nonce());
    }
    ObjectNode tokens = Json.object();
    tokens.put("id_token", issuer.sign(claims));
    tokens.put("access_token", issuer.issue(signee.subject(), signee.scopes()));
    tokens.put("token_type", "Bearer");
    tokens.put("expires_in", JwtIssuer.LIFETIME_SECONDS);
    exchange.json(200, tokens, "application/json");
  }

  private void jwks(Exchange exchange, Matcher path) throws IOException {
    exchange.bytes(200, "application/json", issuer.jwks().getBytes(StandardCharsets.UTF_8));
  }

  private void logout(Exchange exchange, Matcher path) throws IOException {
    String back = exchange.query().get("post_logout_redirect_uri");
    if (back != null) {
      exchange.redirect(back);
    } else {
      exchange.bytes(200, "text/plain", "signed out".getBytes(StandardCharsets.UTF_8));
    }
  }
}
