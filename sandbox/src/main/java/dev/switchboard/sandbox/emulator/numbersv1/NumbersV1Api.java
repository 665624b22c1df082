package dev.switchboard.sandbox.emulator.numbersv1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.emulator.account.Catalogue;
import dev.switchboard.sandbox.emulator.account.CatalogueNumber;
import dev.switchboard.sandbox.emulator.account.NumberDetails;
import dev.switchboard.sandbox.emulator.account.NumberService;
import dev.switchboard.sandbox.emulator.account.RouteRecord;
import dev.switchboard.sandbox.emulator.http.Exchange;
import dev.switchboard.sandbox.emulator.http.FlowrouteException;
import dev.switchboard.sandbox.emulator.http.Json;
import dev.switchboard.sandbox.emulator.http.Router;
import dev.switchboard.sandbox.emulator.routes.RouteValues;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/**
 * Flowroute's Numbers v1 (reference §9.2) over the same account as Numbers v2: a number bought here
 * is on the account v2 shows, and a v1 route is a v2 route whose alias is its name ({@code sip-reg}
 * is route 0). Collections are JSON objects keyed by the item, paged by {@code limit} (1 to 200,
 * default 10) and {@code page} with relative {@code links.prev}/{@code next}; an empty one is
 * {@code {}}. Errors are v1's {@code {"error": "..."}}.
 */
public final class NumbersV1Api {

  static final int MAX_LIMIT = 200;
  static final String PREFIX = "/v1/";

  private final NumberService service;
  private final Catalogue catalogue;

  public NumbersV1Api(NumberService service, Catalogue catalogue) {
    this.service = service;
    this.catalogue = catalogue;
  }

  /** Whether a path is a Numbers v1 one, signed and answered in v1's error shape. */
  public static boolean handles(String path) {
    return path.startsWith(PREFIX);
  }

  /** v1's error body, {@code {"error": "..."}}, with the exception's status and headers. */
  public static void error(Exchange exchange, FlowrouteException e) throws IOException {
    exchange.v1Error(e);
  }

  public void register(Router router) {
    router
        .add("GET", "/v1/available-tns/npas/?", this::npas)
        .add("GET", "/v1/available-tns/npanxxs/?", this::npanxxs)
        .add("GET", "/v1/available-tns/tns/?", this::availableTns)
        .add("GET", "/v1/tns/?", this::tns)
        .add("GET", "/v1/tns/([^/]+)/?", this::tn)
        .add("PUT", "/v1/tns/([^/]+)/?", this::purchase)
        .add("PATCH", "/v1/tns/([^/]+)/?", this::setRoutes)
        .add("GET", "/v1/routes/?", this::routes)
        .add("PUT", "/v1/routes/([^/]+)/?", this::putRoute);
  }

  // ---- the catalogue

  private void npas(Exchange exchange, Matcher path) throws IOException {
    Map<String, String> query = exchange.query();
    TreeMap<String, ObjectNode> npas = new TreeMap<>();
    for (CatalogueNumber n : catalogue.available()) {
      ObjectNode links = Json.object();
      links.put("nxxs", "/v1/available-tns/npanxxs/?npa=" + n.areaCode());
      links.put("tns", "/v1/available-tns/tns/?npa=" + n.areaCode());
      npas.putIfAbsent(n.areaCode(), links);
    }
    answer(exchange, "npas", "/v1/available-tns/npas/", query, Map.of(), npas);
  }

  private void npanxxs(Exchange exchange, Matcher path) throws IOException {
    Map<String, String> query = exchange.query();
    String npa = digits(query, "npa", 3);
    TreeMap<String, ObjectNode> exchanges = new TreeMap<>();
    for (CatalogueNumber n : catalogue.available()) {
      if (npa == null || n.areaCode().startsWith(npa)) {
        ObjectNode links = Json.object();
        links.put(
            "tns",
            "/v1/available-tns/tns/?npa=" + n.areaCode() + "&nxx=" + n.exchange().substring(3));
        exchanges.putIfAbsent(n.exchange(), links);
      }
    }
    answer(
        exchange,
        "npanxxs",
        "/v1/available-tns/npanxxs/",
        query,
        npa == null ? Map.of() : Map.of("npa", npa),
        exchanges);
  }

  private void availableTns(Exchange exchange, Matcher path) throws IOException {
    Map<String, String> query = exchange.query();
    String npa = digits(query, "npa", 3);
    String nxx = digits(query, "nxx", 3);
    String tn = digits(query, "tn", 11);
    String state = query.get("state");
    String rateCenter = query.get("ratecenter");
    if (nxx != null && npa == null) {
      throw userError("npa is required with nxx");
    }
    if (rateCenter != null && state == null) {
      throw userError("state is required with ratecenter");
    }
    Predicate<CatalogueNumber> match =
        n ->
            (npa == null || n.areaCode().startsWith(npa))
                && (nxx == null || n.exchange().substring(3).equals(nxx))
                && (tn == null || n.number().equals(tn))
                && (state == null || state.equalsIgnoreCase(n.state()))
                && (rateCenter == null || rateCenter.equalsIgnoreCase(n.rateCenter()));
    TreeMap<String, ObjectNode> tns = new TreeMap<>();
    for (CatalogueNumber n : catalogue.available()) {
      if (match.test(n)) {
        ObjectNode entry = Json.object();
        entry.put("initial_cost", money(n.setupCost()));
        entry.put("monthly_cost", money(n.monthlyCost()));
        entry.putArray("billing_methods").add("METERED");
        entry.put("ratecenter", upper(n.rateCenter()));
        entry.put("state", upper(n.state()));
        tns.put(n.number(), entry);
      }
    }
    Map<String, String> filters = new TreeMap<>();
    for (String name : List.of("npa", "nxx", "tn", "state", "ratecenter")) {
      if (query.get(name) != null) {
        filters.put(name, query.get(name));
      }
    }
    answer(exchange, "tns", "/v1/available-tns/tns/", query, filters, tns);
  }

  // ---- our numbers

  private void tns(Exchange exchange, Matcher path) throws IOException {
    Map<String, String> query = exchange.query();
    String pattern = query.get("pattern");
    TreeMap<String, ObjectNode> tns = new TreeMap<>();
    for (NumberDetails n :
        service.numbersMatching(d -> pattern == null || d.number().contains(pattern))) {
      ObjectNode entry = detailsOf(n);
      entry.put("detail", "/v1/tns/" + n.number());
      tns.put(n.number(), entry);
    }
    answer(
        exchange,
        "tns",
        "/v1/tns/",
        query,
        pattern == null ? Map.of() : Map.of("pattern", pattern),
        tns);
  }

  private void tn(Exchange exchange, Matcher path) throws IOException {
    exchange.json(200, detailsOf(owned(path.group(1))), "application/json");
  }

  private void purchase(Exchange exchange, Matcher path) throws IOException {
    String number = path.group(1);
    JsonNode body = exchange.jsonBody();
    String method = body.path("billing_method").asText("");
    if (!method.equals("METERED") && !method.equals("VPRI")) {
      throw userError("billing_method must be METERED or VPRI");
    }
    try {
      service.purchase(number, false, false);
    } catch (FlowrouteException notForSale) {
      throw new FlowrouteException(
          422,
          "Unprocessable Entity",
          "Business Logic Error: The TN is not available for purchase.");
    }
    exchange.empty(201);
  }

  /** {@code routes[0]} becomes the primary route, {@code routes[1]} (if given) the failover. */
  private void setRoutes(Exchange exchange, Matcher path) throws IOException {
    NumberDetails number = owned(path.group(1));
    JsonNode routes = exchange.jsonBody().path("routes");
    if (!routes.isArray() || routes.isEmpty() || routes.size() > 2) {
      throw userError("routes must list the primary route and optionally the failover route");
    }
    RouteRecord primary = named(routes.get(0).path("name").asText(""));
    Optional<RouteRecord> failover =
        routes.size() > 1
            ? Optional.of(named(routes.get(1).path("name").asText("")))
            : Optional.empty();
    for (RouteRecord route : failover.map(f -> List.of(primary, f)).orElse(List.of(primary))) {
      if (!route.builtIn() && number.number().equals(route.value())) {
        throw userError("A route may not point at the number it is assigned to.");
      }
    }
    service.assign(number.number(), NumberService.Slot.PRIMARY, primary.id());
    if (failover.isPresent()) {
      // v1 shows sip-reg where no failover is set: naming it there removes the failover.
      if (failover.get().builtIn()) {
        service.unassign(number.number(), NumberService.Slot.FAILOVER);
      } else {
        service.assign(number.number(), NumberService.Slot.FAILOVER, failover.get().id());
      }
    }
    exchange.empty(204);
  }

  // ---- routes

  private void routes(Exchange exchange, Matcher path) throws IOException {
    Map<String, String> query = exchange.query();
    java.util.LinkedHashMap<String, ObjectNode> routes = new java.util.LinkedHashMap<>();
    for (RouteRecord route : service.routes()) {
      ObjectNode entry = Json.object();
      entry.put("type", typeName(route.routeType()));
      entry.put("value", route.value());
      routes.put(route.alias(), entry);
    }
    answer(exchange, "routes", "/v1/routes/", query, Map.of(), routes);
  }

  /** Creates the route, or replaces the type and value of the one of that name (201 / 204). */
  private void putRoute(Exchange exchange, Matcher path) throws IOException {
    String name = path.group(1);
    if (name.isBlank() || name.length() > 64) {
      throw userError("a route name has 1 to 64 characters");
    }
    if (name.equalsIgnoreCase(RouteRecord.SIP_REG)) {
      throw userError("The sip-reg route cannot be changed.");
    }
    JsonNode body = exchange.jsonBody();
    String given = body.path("type").asText("");
    String type =
        given.equalsIgnoreCase("PSTN")
            ? "number"
            : given.equalsIgnoreCase("SIP-REG") ? null : RouteValues.routeType(given);
    if (type == null) {
      throw userError("type must be HOST, PSTN or URI");
    }
    String value = body.path("value").asText("").trim();
    String problem = RouteValues.problem(type, value);
    if (problem != null) {
      throw userError(problem);
    }
    Optional<RouteRecord> existing =
        service.routes().stream().filter(r -> r.alias().equals(name)).findFirst();
    if (existing.isPresent()) {
      RouteRecord old = existing.get();
      service.updateRoute(new RouteRecord(old.id(), name, type, value, old.edgeStrategyId()));
      exchange.empty(204);
    } else {
      service.createRoute(name, type, value, null);
      exchange.empty(201);
    }
  }

  // ---- shapes

  /** {@code {"billing_method","routes":[primary, failover]}}, sip-reg where none is set. */
  private ObjectNode detailsOf(NumberDetails number) {
    ObjectNode details = Json.object();
    details.put("billing_method", "METERED");
    ArrayNode routes = details.putArray("routes");
    routes.add(routeRef(number.primaryRouteId()));
    routes.add(routeRef(number.failoverRouteId()));
    return details;
  }

  private ObjectNode routeRef(String id) {
    RouteRecord route =
        id == null ? null : service.findRoute(id).filter(r -> !r.builtIn()).orElse(null);
    ObjectNode ref = Json.object();
    if (route == null) {
      ref.put("type", "SIP-REG");
      ref.put("name", RouteRecord.SIP_REG);
      return ref;
    }
    ref.put("type", typeName(route.routeType()));
    ref.put("name", route.alias());
    ref.put("value", route.value());
    return ref;
  }

  private NumberDetails owned(String number) {
    return service
        .find(number)
        .orElseThrow(() -> FlowrouteException.notFound("TN " + number + " not found"));
  }

  private RouteRecord named(String name) {
    return service.routes().stream()
        .filter(r -> r.alias().equals(name))
        .findFirst()
        .orElseThrow(() -> FlowrouteException.notFound("Route " + name + " not found"));
  }

  static String typeName(String routeType) {
    return routeType.equals("number") ? "PSTN" : routeType.toUpperCase(Locale.ROOT);
  }

  /**
   * Answers the page {@code page} of {@code limit} items under {@code key}, with relative {@code
   * links.prev}/{@code next} that repeat the filters; {@code {}} when there is nothing.
   */
  private static void answer(
      Exchange exchange,
      String key,
      String path,
      Map<String, String> query,
      Map<String, String> filters,
      Map<String, ObjectNode> items)
      throws IOException {
    int limit = number(query, "limit", 10);
    int page = number(query, "page", 1);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new FlowrouteException(
          422, "Unprocessable Entity", "limit must be between 1 and " + MAX_LIMIT);
    }
    if (page < 1) {
      throw userError("page must be 1 or more");
    }
    List<Map.Entry<String, ObjectNode>> all = List.copyOf(items.entrySet());
    long from = (long) (page - 1) * limit;
    ObjectNode document = Json.object();
    if (from >= all.size()) {
      exchange.json(200, document, "application/json");
      return;
    }
    ObjectNode collection = document.putObject(key);
    int to = (int) Math.min(from + limit, all.size());
    all.subList((int) from, to).forEach(e -> collection.set(e.getKey(), e.getValue()));
    ObjectNode links = document.putObject("links");
    if (page > 1) {
      links.put("prev", link(path, filters, limit, page - 1));
    }
    if (to < all.size()) {
      links.put("next", link(path, filters, limit, page + 1));
    }
    exchange.json(200, document, "application/json");
  }

  private static String link(String path, Map<String, String> filters, int limit, int page) {
    StringBuilder url = new StringBuilder(path).append('?');
    new TreeMap<>(filters)
        .forEach(
            (name, value) ->
                url.append(name)
                    .append('=')
                    .append(
                        java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8))
                    .append('&'));
    return url.append("limit=").append(limit).append("&page=").append(page).toString();
  }

  private static int number(Map<String, String> query, String name, int fallback) {
    String raw = query.get(name);
    if (raw == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      throw userError(name + " must be a number");
    }
  }

  private static String digits(Map<String, String> query, String name, int max) {
    String raw = query.get(name);
    if (raw == null) {
      return null;
    }
    if (!raw.matches("\\d{1," + max + "}")) {
      throw userError(name + " must be up to " + max + " digits");
    }
    return raw;
  }

  private static String money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String upper(String text) {
    return text == null ? null : text.toUpperCase(Locale.ROOT);
  }

  private static FlowrouteException userError(String message) {
    return new FlowrouteException(400, "Bad Request", message);
  }
}
