package dev.switchboard.sandbox.emulator.token;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.emulator.http.Exchange;
import dev.switchboard.sandbox.emulator.http.Json;
import dev.switchboard.sandbox.emulator.http.Router;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

/** {@code GET /sandbox/token} and {@code GET /sandbox/jwks}: bearer tokens for the API. */
public final class TokenApi {

  private final JwtIssuer issuer;

  public TokenApi(JwtIssuer issuer) {
    this.issuer = issuer;
  }

  public void register(Router router) {
    router.add("GET", "/sandbox/token", this::token).add("GET", "/sandbox/jwks", this::jwks);
  }

  private void token(Exchange exchange, Matcher path) throws IOException {
    String scope = exchange.query().get("scope");
    Set<String> scopes =
        scope == null || scope.isBlank()
            ? JwtIssuer.DEFAULT_SCOPES
            : new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")));
    ObjectNode token = Json.object();
    token.put("access_token", issuer.issue(scopes));
    token.put("token_type", "Bearer");
    token.put("expires_in", JwtIssuer.LIFETIME_SECONDS);
    token.put("scope", String.join(" ", new TreeSet<>(scopes)));
    exchange.json(200, token, "application/json");
  }

  private void jwks(Exchange exchange, Matcher path) throws IOException {
    exchange.bytes(200, "application/json", issuer.jwks().getBytes(StandardCharsets.UTF_8));
  }
}
