package dev.switchboard.sandbox.emulator.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.emulator.account.NumberService;
import dev.switchboard.sandbox.emulator.account.RouteRecord;
import dev.switchboard.sandbox.emulator.http.Bodies;
import dev.switchboard.sandbox.emulator.http.Exchange;
import dev.switchboard.sandbox.emulator.http.FlowrouteException;
import dev.switchboard.sandbox.emulator.http.Json;
import dev.switchboard.sandbox.emulator.http.Paging;
import dev.switchboard.sandbox.emulator.http.Router;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;

/** Flowroute's Routes v2 endpoints (§3.2 to §3.6): inbound voice routes and edge strategies. */
public final class RoutesApi {

  static final int MAX_ROUTES = 200;

  private final NumberService service;
  private final String baseUrl;

  public RoutesApi(NumberService service, String baseUrl) {
    this.service = service;
    this.baseUrl = baseUrl;
  }

  public void register(Router router) {
    router
        .add("GET", "/v2/routes/?", this::list)
        .add("POST", "/v2/routes/?", this::create)
        .add("GET", "/v2/routes/edge_strategies/?", this::edgeStrategies)
        .add("PATCH", "/v2/routes/([^/]+)/?", this::update)
        .add("DELETE", "/v2/routes/([^/]+)/?", this::delete);
  }

  private void list(Exchange exchange, Matcher path) throws IOException {
    Map<String, String> query = exchange.query();
    Map<String, String> filters = new TreeMap<>();
    String type = query.get("route_type");
    if (type != null && !type.isBlank()) {
      type = type.trim().toLowerCase(Locale.ROOT);
      if (!type.matches("host|number|uri|sip-reg")) {
        throw FlowrouteException.invalidAttribute(
            "route_type", "Must be one of host, number, uri, sip-reg.");
      }
      filters.put("route_type", type);
    } else {
      type = null;
    }
    Paging paging = Paging.from(query, MAX_ROUTES);
    String wanted = type;
    List<RouteRecord> found =
        service.routes().stream()
            .filter(r -> wanted == null || wanted.equals(r.routeType()))
            .toList();
    ObjectNode document = Json.object();
    ArrayNode data = document.putArray("data");
    paging.page(found).forEach(r -> data.add(RouteJson.route(r, baseUrl)));
    paging.link(document, baseUrl, "/v2/routes", filters, found.size());
    exchange.json(200, document);
  }

  private void create(Exchange exchange, Matcher path) throws IOException {
    JsonNode attributes = attributesOf(exchange.jsonBody());
    String alias = alias(attributes);
    if (alias == null) {
      throw FlowrouteException.invalidAttribute("alias", "Missing data for required field.");
    }
    String givenType = Json.string(attributes, "route_type");
    if (givenType == null) {
      throw FlowrouteException.invalidAttribute("route_type", "Missing data for required field.");
    }
    String type = routeType(givenType);
    String value = value(type, Json.string(attributes, "value"));
    // Flowroute's create documents alias, route_type and value only; an edge strategy sent here
    // (the Python SDK demo's edge_strategy) is not applied: the documented update sets it.
    RouteRecord route = service.createRoute(alias, type, value, null);
    exchange.json(201, RouteJson.routeDocument(route, baseUrl));
  }

  private void update(Exchange exchange, Matcher path) throws IOException {
    RouteRecord current = service.route(path.group(1));
    if (current.builtIn()) {
      throw FlowrouteException.forbidden("The sip-reg route cannot be changed.");
    }
    JsonNode attributes = attributesOf(exchange.jsonBody());
    String alias = attributes.has("alias") ? alias(attributes) : current.alias();
    if (alias == null) {
      throw FlowrouteException.invalidAttribute("alias", "Must not be empty.");
    }
    String type =
        attributes.hasNonNull("route_type")
            ? routeType(Json.string(attributes, "route_type"))
            : current.routeType();
    String value =
        value(type, attributes.has("value") ? Json.string(attributes, "value") : current.value());
    Integer edgeStrategy =
        attributes.has("edge_strategy_id") || attributes.has("edge_strategy")
            ? edgeStrategy(attributes)
            : current.edgeStrategyId();
    RouteRecord updated =
        service.updateRoute(new RouteRecord(current.id(), alias, type, value, edgeStrategy));
    exchange.json(200, RouteJson.routeDocument(updated, baseUrl));
  }

  private void delete(Exchange exchange, Matcher path) throws IOException {
    service.deleteRoute(path.group(1));
    exchange.empty(204);
  }

  private void edgeStrategies(Exchange exchange, Matcher path) throws IOException {
    ObjectNode document = Json.object();
    ArrayNode data = document.putArray("data");
    EdgeStrategy.ALL.forEach(s -> data.add(RouteJson.edgeStrategy(s)));
    document.putObject("links").put("self", baseUrl + "/v2/routes/edge_strategies");
    exchange.json(200, document);
  }

  // ---- attributes

  /** The envelope's attributes ({@code data.type} must be route if given), or a flat body. */
  private static JsonNode attributesOf(JsonNode body) {
    if (!body.isObject()) {
      throw FlowrouteException.unprocessable(
          "Expected {\"data\":{\"type\":\"route\",\"attributes\":{\"alias\":...,\"route_type\":...,"
              + "\"value\":...}}}.");
    }
    JsonNode data = body.path("data");
    if (data.isObject()) {
      String type = Json.string(data, "type");
      if (type != null && !type.equals("route")) {
        throw FlowrouteException.invalidAttribute("type", "Must be route.");
      }
    }
    return Bodies.attributes(body);
  }

  private static String alias(JsonNode attributes) {
    JsonNode alias = attributes.get("alias");
    if (alias == null || alias.isNull()) {
      return null;
    }
    if (!alias.isTextual()) {
      throw FlowrouteException.invalidAttribute("alias", "Must be a string.");
    }
    String trimmed = alias.textValue().trim();
    return trimmed.isEmpty() ? null : trimmed;
  }

  private static String routeType(String given) {
    String type = RouteValues.routeType(given);
    if (type == null) {
      throw FlowrouteException.invalidAttribute(
          "route_type", "Must be one of host, number, uri (sip-reg is built in).");
    }
    return type;
  }

  private static String value(String type, String value) {
    String problem = RouteValues.problem(type, value);
    if (problem != null) {
      throw FlowrouteException.invalidAttribute("value", problem);
    }
    return value.trim();
  }

  /** {@code edge_strategy_id} or the SDKs' {@code edge_strategy}, string or integer. */
  private static Integer edgeStrategy(JsonNode attributes) {
    String field = attributes.has("edge_strategy_id") ? "edge_strategy_id" : "edge_strategy";
    String given = Bodies.id(attributes, field);
    if (given == null || given.isEmpty()) {
      return null;
    }
    if (!given.matches("\\d{1,9}") || !EdgeStrategy.exists(Integer.parseInt(given))) {
      throw FlowrouteException.invalidAttribute(
          field, "Must be the id of an edge strategy (GET /v2/routes/edge_strategies): 1 to 4.");
    }
    return Integer.parseInt(given);
  }
}
