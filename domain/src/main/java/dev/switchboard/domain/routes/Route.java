package dev.switchboard.domain.routes;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.util.Objects;
import java.util.Optional;

/** An inbound voice route of the account: where calls to the numbers that use it go. */
public record Route(
    RouteId id, RouteType type, String value, String alias, Optional<Integer> edgeStrategyId) {

  public static final int MAX_ALIAS = 64;

  public Route {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    edgeStrategyId = edgeStrategyId == null ? Optional.empty() : edgeStrategyId;
    if (alias != null && alias.length() > MAX_ALIAS) {
      throw new ValidationException(
          ProblemType.INVALID_ALIAS, "a route alias has at most " + MAX_ALIAS + " characters");
    }
  }

  public static Route sipReg() {
    return new Route(RouteId.SIP_REG, RouteType.SIP_REG, null, "sip-reg", Optional.empty());
  }
}
