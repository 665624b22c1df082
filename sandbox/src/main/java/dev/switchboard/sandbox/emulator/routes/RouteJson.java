package dev.switchboard.sandbox.emulator.routes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.emulator.account.RouteRecord;
import dev.switchboard.sandbox.emulator.http.Json;

/** The JSON:API resources of Routes v2 (§3 shapes): routes and edge strategies. */
public final class RouteJson {

  private RouteJson() {}

  public static ObjectNode route(RouteRecord route, String baseUrl) {
    ObjectNode item = Json.object();
    ObjectNode attributes = item.putObject("attributes");
    attributes.put("alias", route.alias());
    attributes.put("route_type", route.routeType());
    attributes.put("value", route.value());
    if (route.edgeStrategyId() != null) {
      attributes.put("edge_strategy_id", route.edgeStrategyId());
    }
    item.put("id", route.id());
    item.putObject("links").put("self", routeUrl(route, baseUrl));
    item.put("type", "route");
    return item;
  }

  /** {@code {"data":<route>,"links":{"self":...}}}. */
  static ObjectNode routeDocument(RouteRecord route, String baseUrl) {
    ObjectNode document = Json.object();
    document.set("data", route(route, baseUrl));
    document.putObject("links").put("self", routeUrl(route, baseUrl));
    return document;
  }

  static ObjectNode edgeStrategy(EdgeStrategy strategy) {
    ObjectNode item = Json.object();
    item.put("type", "edge_strategy");
    item.put("id", strategy.id());
    ObjectNode attributes = item.putObject("attributes");
    attributes.put("name", strategy.name());
    attributes.put("description", strategy.description());
    attributes.put("naptr", strategy.naptr());
    attributes.put("firewall_rules", strategy.firewallRules());
    return item;
  }

  private static String routeUrl(RouteRecord route, String baseUrl) {
    return baseUrl + "/v2/routes/" + route.id();
  }
}
