package dev.switchboard.flowroute;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.domain.routes.RouteSpec;

/** The JSON:API envelope of {@code POST /v2/routes} and {@code PATCH /v2/routes/{id}} (§3.3). */
public record RouteRequest(Data data) {

  /** The resource object. */
  public record Data(String type, Attributes attributes) {}

  /**
   * The route fields. The edge strategy goes out as {@code edge_strategy_id}, an integer: the name
   * and type of the newest docs and of every response, where the SDKs sent {@code edge_strategy} as
   * a string (§13 U3: send the newest form).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Attributes(
      @JsonProperty("route_type") String routeType,
      String value,
      String alias,
      @JsonProperty("edge_strategy_id") Integer edgeStrategyId) {}

  public static RouteRequest of(RouteSpec spec) {
    return new RouteRequest(
        new Data(
            "route",
            new Attributes(
                spec.type().wireName(),
                spec.value(),
                spec.alias(),
                spec.edgeStrategyId().orElse(null))));
  }
}
