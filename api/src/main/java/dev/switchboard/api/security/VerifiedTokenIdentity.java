package dev.switchboard.api.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.smallrye.jwt.runtime.auth.JsonWebTokenCredential;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Authenticates a bearer token that {@link CachingJwtParser} verified a moment ago, on the event
 * loop. SmallRye JWT's own provider moves every token to a worker thread when its keys come from a
 * URL (they might have to be fetched), and that hop cost a send more CPU than the rest of its
 * authentication. Any other token falls through to it, as before: verified on a worker thread, then
 * kept by the parser for the next request.
 */
@ApplicationScoped
public class VerifiedTokenIdentity implements IdentityProvider<TokenAuthenticationRequest> {

  /** Tried before SmallRye JWT's provider, whose priority is the default, SYSTEM_FIRST + 1. */
  static final int PRIORITY = SYSTEM_FIRST + 2;

  private final CachingJwtParser parser;

  public VerifiedTokenIdentity(CachingJwtParser parser) {
    this.parser = parser;
  }

  @Override
  public Class<TokenAuthenticationRequest> getRequestType() {
    return TokenAuthenticationRequest.class;
  }

  @Override
  public int priority() {
    return PRIORITY;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TokenAuthenticationRequest request, AuthenticationRequestContext context) {
    // Only the bearer mechanism's tokens: the console's OpenID Connect tokens are not ours.
    if (!(request.getToken() instanceof JsonWebTokenCredential credential)) {
      return Uni.createFrom().nullItem();
    }
    JsonWebToken jwt = parser.alreadyVerified(credential.getToken());
    if (jwt == null) {
      return Uni.createFrom().nullItem();
    }
    // The identity SmallRye JWT's provider builds for the same token.
    QuarkusSecurityIdentity.Builder identity =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(jwt)
            .addCredential(credential)
            .addRoles(jwt.getGroups())
            .addAttribute("quarkus.user", jwt);
    RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
    if (routing != null) {
      identity.addAttribute(RoutingContext.class.getName(), routing);
    }
    return Uni.createFrom().item(identity.build());
  }
}
