package dev.switchboard.api.console;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The signed-in operator as the console's templates see it: a name, and what the API's scopes let
 * them do (a read-only operator is shown no forms).
 */
@Named("operator")
@RequestScoped
public class Operator {

  private final SecurityIdentity identity;

  Operator(SecurityIdentity identity) {
    this.identity = identity;
  }

  /** The subject of the operator's token: who opt-out changes and sends are recorded by. */
  public String subject() {
    if (identity.isAnonymous()) {
      return null;
    }
    return identity.getPrincipal() instanceof JsonWebToken token
        ? token.getSubject()
        : identity.getPrincipal().getName();
  }

  public String getName() {
    if (identity.isAnonymous()) {
      return "";
    }
    if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("name") != null) {
      return token.getClaim("name").toString().replace("\"", "");
    }
    return identity.getPrincipal().getName();
  }

  public boolean getCanSend() {
    return identity.hasRole("messages:send");
  }

  public boolean getCanWriteNumbers() {
    return identity.hasRole("numbers:write");
  }

  public boolean getCanReadNumbers() {
    return identity.hasRole("numbers:read");
  }
}
