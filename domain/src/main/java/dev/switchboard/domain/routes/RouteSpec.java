package dev.switchboard.domain.routes;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.util.Objects;
import java.util.Optional;

/** What a caller asks a new (or changed) route to be, checked by Flowroute's rules. */
public record RouteSpec(
    RouteType type, String value, String alias, Optional<Integer> edgeStrategyId) {

  public RouteSpec {
    Objects.requireNonNull(type, "type");
    if (type == RouteType.SIP_REG) {
      throw new ValidationException(
          ProblemType.INVALID_ROUTE_TYPE, "sip-reg is built in (route 0) and cannot be created");
    }
    value = RouteValue.requireValid(type, value);
    if (alias == null || alias.isBlank() || alias.length() > Route.MAX_ALIAS) {
      throw new ValidationException(
          ProblemType.INVALID_ALIAS,
          "a route needs an alias of 1 to " + Route.MAX_ALIAS + " characters");
    }
    edgeStrategyId = edgeStrategyId == null ? Optional.empty() : edgeStrategyId;
    if (edgeStrategyId.isPresent() && edgeStrategyId.get() < 0) {
      throw new ValidationException(
          ProblemType.INVALID_EDGE_STRATEGY, "edge strategy ids are positive");
    }
  }
}
