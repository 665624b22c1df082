package dev.switchboard.api.numbers;

import dev.switchboard.domain.routes.Route;

/** A route as the API shows it. */
public record RouteJson(
    String id, String type, String value, String alias, Integer edgeStrategyId) {

  public static RouteJson of(Route route) {
    return new RouteJson(
        route.id().value(),
        route.type().wireName(),
        route.value(),
        route.alias(),
        route.edgeStrategyId().orElse(null));
  }
}
