package dev.switchboard.flowroute.routes.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.domain.routes.RouteSpec;

/**
 * The JSON:API envelope of {@code POST /v2/routes} and {@code PATCH /v2/routes/{id}} (§3.3, §3.4).
 * A create carries only what developer.flowroute.com numbers/v2.0/create-an-inbound-route documents
 * ({@code alias}, {@code route_type}, {@code value}); the edge strategy is set with the documented
 * update (numbers/v2.0/update-voice-route, {@code edge_strategy_id}).
 */
public record RouteRequest(Data data) {

  /** The resource object. */
  public record Data(String type, Attributes attributes) {}

  /**
   * The route fields. The edge strategy goes out only on an update, as {@code edge_strategy_id}, an
   * integer: the name the update page documents and responses use (the Python SDK's demo sent an
   * undocumented {@code edge_strategy} string on create, §13 U3).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Attributes(
      @JsonProperty("route_type") String routeType,
      String value,
      String alias,
      @JsonProperty("edge_strategy_id") Integer edgeStrategyId) {}

  /** A create: the three documented attributes, never an edge strategy. */
  public static RouteRequest create(RouteSpec spec) {
    return new RouteRequest(
        new Data(
            "route", new Attributes(spec.type().wireName(), spec.value(), spec.alias(), null)));
  }

  /** An update of every field, with the edge strategy when one is asked. */
  public static RouteRequest update(RouteSpec spec) {
    return new RouteRequest(
        new Data(
            "route",
            new Attributes(
                spec.type().wireName(),
                spec.value(),
                spec.alias(),
                spec.edgeStrategyId().orElse(null))));
  }

  /** An update of the edge strategy alone. */
  public static RouteRequest edgeStrategy(int edgeStrategyId) {
    return new RouteRequest(new Data("route", new Attributes(null, null, null, edgeStrategyId)));
  }
}
