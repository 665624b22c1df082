package dev.switchboard.sandbox.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/** The JSON:API resources of Numbers v2 and Routes v2 (§2, §3 shapes). */
final class NumberJson {

  private NumberJson() {}

  /**
   * A search result: costs, type, rate center, state; {@code links.related} is its purchase URL.
   */
  static ObjectNode available(CatalogueNumber number, String baseUrl) {
    ObjectNode item = Json.object();
    ObjectNode attributes = item.putObject("attributes");
    attributes.put("monthly_cost", number.monthlyCost());
    attributes.put("number_type", number.numberType());
    attributes.put("rate_center", number.rateCenter());
    attributes.put("setup_cost", number.setupCost());
    attributes.put("state", number.state());
    attributes.put("value", number.number());
    item.put("id", number.number());
    item.putObject("links").put("related", baseUrl + "/v2/numbers/" + number.number());
    item.put("type", "number");
    return item;
  }

  /**
   * A number of the account as {@code GET /v2/numbers} lists it. Like Flowroute's Numbers v2 list
   * and details (developer.flowroute.com numbers/v2.0/list-account-phone-numbers and
   * list-phone-number-details; the Python SDK README's examples) it has no {@code
   * messaging_enabled}: only the v2.1 beta purchase page shows one.
   */
  static ObjectNode owned(NumberDetails number, String baseUrl) {
    ObjectNode item = Json.object();
    ObjectNode attributes = item.putObject("attributes");
    attributes.put("alias", number.alias());
    attributes.put("cnam_lookups_enabled", number.cnamLookupsEnabled());
    attributes.put("number_type", number.numberType());
    attributes.put("rate_center", number.rateCenter());
    attributes.put("state", number.state());
    attributes.put("value", number.number());
    item.put("id", number.number());
    item.putObject("links").put("self", numberUrl(number, baseUrl));
    item.put("type", "number");
    return item;
  }

  /**
   * {@code GET /v2/numbers/{number}}: with relationships and the routes, E911 record and CNAM
   * record they name in included.
   */
  static ObjectNode details(
      NumberDetails number,
      Function<String, RouteRecord> routes,
      Function<String, E911Record> e911s,
      Function<String, CnamRecord> cnams,
      String baseUrl) {
    ObjectNode data = owned(number, baseUrl);
    ObjectNode relationships = data.putObject("relationships");
    reference(relationships, "cnam_preset", "cnam", number.cnamId());
    reference(relationships, "e911_address", "e911", number.e911Id());
    relationship(relationships, "failover_route", number.failoverRouteId());
    relationship(relationships, "primary_route", number.primaryRouteId());
    ObjectNode document = Json.object();
    document.set("data", data);
    ArrayNode included = document.putArray("included");
    Set<String> ids = new LinkedHashSet<>();
    ids.add(number.primaryRouteId());
    if (number.failoverRouteId() != null) {
      ids.add(number.failoverRouteId());
    }
    for (String id : ids) {
      RouteRecord route = routes.apply(id);
      if (route != null) {
        included.add(route(route, baseUrl));
      }
    }
    E911Record e911 = number.e911Id() == null ? null : e911s.apply(number.e911Id());
    if (e911 != null) {
      included.add(E911Json.record(e911, baseUrl));
    }
    CnamRecord cnam = number.cnamId() == null ? null : cnams.apply(number.cnamId());
    if (cnam != null) {
      included.add(CnamJson.record(cnam, baseUrl));
    }
    document.putObject("links").put("self", numberUrl(number, baseUrl));
    return document;
  }

  private static void reference(ObjectNode relationships, String name, String type, String id) {
    ObjectNode holder = relationships.putObject(name);
    if (id == null) {
      holder.putNull("data");
    } else {
      holder.putObject("data").put("type", type).put("id", id);
    }
  }

  private static void relationship(ObjectNode relationships, String name, String routeId) {
    ObjectNode holder = relationships.putObject(name);
    if (routeId == null) {
      holder.putNull("data");
    } else {
      holder.putObject("data").put("id", routeId).put("type", "route");
    }
  }

  static ObjectNode route(RouteRecord route, String baseUrl) {
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

  private static String numberUrl(NumberDetails number, String baseUrl) {
    return baseUrl + "/v2/numbers/" + number.number();
  }

  private static String routeUrl(RouteRecord route, String baseUrl) {
    return baseUrl + "/v2/routes/" + route.id();
  }
}
