package dev.switchboard.flowroute.routes.client;

import dev.switchboard.domain.routes.EdgeStrategy;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteSpec;
import dev.switchboard.domain.routes.RouteType;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.JsonApiCollection;
import dev.switchboard.flowroute.http.JsonApiDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Flowroute's route and edge-strategy documents (§3.1, §3.3, §3.6) into domain objects: ids
 * as strings or numbers, {@code edge_strategy_id} or the SDKs' {@code edge_strategy} as integer or
 * string (§13 U3), and the route value kept exactly as Flowroute gives it.
 */
final class FlowrouteRouteReader {

  private FlowrouteRouteReader() {}

  /** The routes of a page; types we do not know (the beta {@code webhook}) are left out. */
  static List<Route> routes(JsonApiCollection<RouteResource> document) {
    return document.readable(resource -> route(resource, Optional.empty()));
  }

  /**
   * A route resource; {@code asked} fills the type, value and alias when Flowroute's answer leaves
   * them out, but never the edge strategy: one Flowroute does not show is not reported (create
   * responses show no {@code edge_strategy_id}, §3.3).
   */
  static Route route(RouteResource resource, Optional<RouteSpec> asked) {
    RouteResource.Attributes attributes = resource.attributesOrNone();
    RouteId id =
        new RouteId(
            FlowrouteJson.text(resource.id())
                .orElseThrow(() -> JsonApiDocument.invalid("a route without an id")));
    RouteType type =
        FlowrouteJson.text(attributes.routeType())
            .map(RouteType::parse)
            .or(() -> asked.map(RouteSpec::type))
            .orElseThrow(() -> JsonApiDocument.invalid("route " + id + " has no route_type"));
    String value =
        type == RouteType.SIP_REG
            ? null
            : FlowrouteJson.text(attributes.value())
                .or(() -> asked.map(RouteSpec::value))
                .orElse(null);
    String alias =
        FlowrouteJson.text(attributes.alias()).or(() -> asked.map(RouteSpec::alias)).orElse(null);
    return new Route(id, type, value, alias, edgeStrategyId(attributes));
  }

  static List<EdgeStrategy> edgeStrategies(JsonApiCollection<RouteResource.EdgeStrategy> document) {
    List<EdgeStrategy> strategies = new ArrayList<>();
    for (RouteResource.EdgeStrategy resource : document.resources()) {
      Long id = resource == null ? null : resource.id();
      if (id == null || id < 0 || id > Integer.MAX_VALUE) {
        continue;
      }
      RouteResource.EdgeStrategy.Attributes attributes =
          resource.attributes() == null
              ? new RouteResource.EdgeStrategy.Attributes(null, null, null, null)
              : resource.attributes();
      strategies.add(
          new EdgeStrategy(
              id.intValue(),
              FlowrouteJson.text(attributes.name()).orElse(null),
              FlowrouteJson.text(attributes.description()).orElse(null),
              FlowrouteJson.text(attributes.naptr()).orElse(null),
              FlowrouteJson.text(attributes.firewallRules()).orElse(null)));
    }
    return strategies;
  }

  private static Optional<Integer> edgeStrategyId(RouteResource.Attributes attributes) {
    return Optional.ofNullable(attributes.edgeStrategyId())
        .or(() -> Optional.ofNullable(attributes.edgeStrategy()))
        .filter(id -> id >= 0 && id <= Integer.MAX_VALUE)
        .map(Long::intValue);
  }
}
