package dev.switchboard.sandbox.emulator.numbers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.emulator.account.Catalogue;
import dev.switchboard.sandbox.emulator.account.CatalogueNumber;
import dev.switchboard.sandbox.emulator.account.NumberDetails;
import dev.switchboard.sandbox.emulator.account.NumberService;
import dev.switchboard.sandbox.emulator.account.RouteRecord;
import dev.switchboard.sandbox.emulator.http.Bodies;
import dev.switchboard.sandbox.emulator.http.Exchange;
import dev.switchboard.sandbox.emulator.http.FlowrouteException;
import dev.switchboard.sandbox.emulator.http.Json;
import dev.switchboard.sandbox.emulator.http.Paging;
import dev.switchboard.sandbox.emulator.http.Router;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/** Flowroute's Numbers v2 endpoints (§2.1 to §2.8) and route assignment on numbers (§3.7, §3.8). */
public final class NumbersApi {

  static final int MAX_NUMBERS = 200;
  static final int MAX_AVAILABLE = 200;
  static final int MAX_AREACODES = 400;
  static final int MAX_EXCHANGES = 200;
  static final int MAX_ALIAS = 64;

  /**
   * The fields Flowroute's search documents for {@code order_by} (developer.flowroute.com
   * numbers/v2.0/search-for-purchasable-phone-numbers: monthly_cost, iso_country, number_type,
   * state, rate_center, and number, value or tn for the number); {@code setup_cost} is not one.
   */
  private static final Map<String, Comparator<CatalogueNumber>> ORDER_FIELDS =
      Map.of(
          "monthly_cost", Comparator.comparing(CatalogueNumber::monthlyCost),
          "number_type", Comparator.comparing(CatalogueNumber::numberType),
          "state", Comparator.comparing(CatalogueNumber::state, nullsFirst()),
          "rate_center", Comparator.comparing(CatalogueNumber::rateCenter, nullsFirst()),
          "iso_country", Comparator.comparing(n -> "us"),
          "value", Comparator.comparing(CatalogueNumber::number),
          "number", Comparator.comparing(CatalogueNumber::number),
          "tn", Comparator.comparing(CatalogueNumber::number));

  private final NumberService service;
  private final Catalogue catalogue;
  private final Function<String, Optional<ObjectNode>> e911Resource;
  private final Function<String, Optional<ObjectNode>> cnamResource;
  private final String baseUrl;

  /**
   * @param e911Resource an E911 record by id as E911 v2 renders it, for the included of a number's
   *     details; empty when unknown
   * @param cnamResource the same for a CNAM record
   */
  public NumbersApi(
      NumberService service,
      Catalogue catalogue,
      Function<String, Optional<ObjectNode>> e911Resource,
      Function<String, Optional<ObjectNode>> cnamResource,
      String baseUrl) {
    this.service = service;
    this.catalogue = catalogue;
    this.e911Resource = e911Resource;
    this.cnamResource = cnamResource;
    this.baseUrl = baseUrl;
  }

  public void register(Router router) {
    String number = "/v2/numbers/([^/]+)/?";
    String relationship = "/v2/numbers/([^/]+)/relationships/(primary_route|failover_route)/?";
    router
        .add("GET", "/v2/numbers/?", this::list)
        .add("GET", "/v2/numbers/available/?", this::search)
        .add("GET", "/v2/numbers/available/areacodes/?", this::areaCodes)
        .add("GET", "/v2/numbers/available/exchanges/?", this::exchanges)
        .add("GET", number, this::details)
        .add("POST", number, this::purchase)
        .add("PATCH", number, this::update)
        .add("DELETE", number, this::release)
        .add("PATCH", relationship, this::assignRoute)
        .add("DELETE", relationship, this::removeRoute);
  }

  // ---- account numbers

  private void list(Exchange exchange, Matcher path) throws IOException {
    Map<String, String> query = exchange.query();
    Map<String, String> filters = new TreeMap<>();
    Predicate<String> digits = digitFilters(query, filters);
    String alias = query.get("alias");
    if (alias != null) {
      filters.put("alias", alias);
    }
    Paging paging = Paging.from(query, MAX_NUMBERS);
    List<NumberDetails> found =
        service.numbersMatching(
            n -> digits.test(n.number()) && (alias == null || alias.equals(n.alias())));
    ObjectNode document = Json.object();
    ArrayNode data = document.putArray("data");
    paging.page(found).forEach(n -> data.add(NumberJson.owned(n, baseUrl)));
    paging.link(document, baseUrl, "/v2/numbers", filters, found.size());
    exchange.json(200, document);
  }

  private void details(Exchange exchange, Matcher path) throws IOException {
    exchange.json(200, detailsDocument(service.owned(path.group(1))));
  }

  private ObjectNode detailsDocument(NumberDetails number) {
    Function<String, RouteRecord> routes = id -> service.findRoute(id).orElse(null);
    return NumberJson.details(number, routes, e911Resource, cnamResource, baseUrl);
  }

  private void purchase(Exchange exchange, Matcher path) throws IOException {
    JsonNode attributes = Bodies.attributes(Bodies.optional(exchange));
    Map<String, String> query = exchange.query();
    boolean cnam = flag(query, attributes, "cnam_lookups_enabled");
    boolean messaging = flag(query, attributes, "messaging_enabled");
    NumberService.Outcome outcome = service.purchase(path.group(1), cnam, messaging);
    answer(exchange, 201, outcome, "purchased");
  }

  private static boolean flag(Map<String, String> query, JsonNode attributes, String field) {
    Boolean fromQuery = Bodies.flag(query.get(field), field);
    if (fromQuery != null) {
      return fromQuery;
    }
    Boolean fromBody = Bodies.flag(attributes, field);
    return fromBody != null && fromBody;
  }

  private void update(Exchange exchange, Matcher path) throws IOException {
    JsonNode body = exchange.jsonBody();
    if (!body.isObject()) {
      throw FlowrouteException.unprocessable(
          "Expected {\"type\":\"number\",\"alias\":...,\"cnam_lookups_enabled\":...,"
              + "\"messaging_enabled\":...}.");
    }
    JsonNode attributes = Bodies.attributes(body);
    String type =
        body.path("data").isObject()
            ? Json.string(body.path("data"), "type")
            : Json.string(body, "type");
    if (type != null && !type.equals("number")) {
      throw FlowrouteException.invalidAttribute("type", "Must be number.");
    }
    boolean aliasGiven = attributes.has("alias");
    String alias = null;
    if (aliasGiven) {
      JsonNode given = attributes.get("alias");
      if (!given.isNull() && !given.isTextual()) {
        throw FlowrouteException.invalidAttribute("alias", "Must be a string.");
      }
      alias = given.isNull() || given.textValue().isEmpty() ? null : given.textValue();
      if (alias != null && alias.length() > MAX_ALIAS) {
        throw FlowrouteException.invalidAttribute(
            "alias", "Longer than maximum length " + MAX_ALIAS + ".");
      }
    }
    NumberService.Patch patch =
        new NumberService.Patch(
            aliasGiven,
            alias,
            Bodies.flag(attributes, "cnam_lookups_enabled"),
            Bodies.flag(attributes, "messaging_enabled"));
    answer(exchange, 200, service.update(path.group(1), patch), "updated");
  }

  /**
   * The number document with {@code status}, or 207 with the same document plus an {@code errors}
   * entry when enabling messaging failed (the body is the emulator's choice: Flowroute's is not
   * documented).
   */
  private void answer(Exchange exchange, int status, NumberService.Outcome outcome, String what)
      throws IOException {
    ObjectNode document = detailsDocument(outcome.number());
    if (!outcome.messagingFailed()) {
      exchange.json(status, document);
      return;
    }
    ObjectNode error =
        Json.errorObject(
            500,
            "Messaging Provisioning Error",
            Json.MAPPER
                .getNodeFactory()
                .textNode(
                    "The number "
                        + outcome.number().number()
                        + " was "
                        + what
                        + " but messaging could not be enabled on it; messaging_enabled is"
                        + " false. Enable it again later with PATCH /v2/numbers/"
                        + outcome.number().number()
                        + "."));
    error.putObject("source").put("pointer", "/data/attributes/messaging_enabled");
    document.putArray("errors").add(error);
    exchange.json(207, document);
  }

  private void release(Exchange exchange, Matcher path) throws IOException {
    service.release(path.group(1));
    exchange.empty(204);
  }

  private void assignRoute(Exchange exchange, Matcher path) throws IOException {
    JsonNode body = exchange.jsonBody();
    JsonNode holder = body.path("data").isObject() ? body.path("data") : body;
    if (!holder.isObject()) {
      throw FlowrouteException.unprocessable(
          "Expected {\"data\":{\"type\":\"route\",\"id\":\"<route id>\"}}.");
    }
    String type = Json.string(holder, "type");
    if (type != null && !type.equals("route")) {
      throw FlowrouteException.invalidAttribute("type", "Must be route.");
    }
    String id = Bodies.id(holder, "id");
    if (id == null || id.isEmpty()) {
      throw FlowrouteException.invalidAttribute("id", "Missing data for required field.");
    }
    service.assign(path.group(1), slot(path), id);
    exchange.empty(204);
  }

  private void removeRoute(Exchange exchange, Matcher path) throws IOException {
    service.unassign(path.group(1), slot(path));
    exchange.empty(204);
  }

  private static NumberService.Slot slot(Matcher path) {
    return path.group(2).equals("primary_route")
        ? NumberService.Slot.PRIMARY
        : NumberService.Slot.FAILOVER;
  }

  // ---- the catalogue

  private void search(Exchange exchange, Matcher path) throws IOException {
    Map<String, String> query = exchange.query();
    Map<String, String> filters = new TreeMap<>();
    Predicate<String> digits = digitFilters(query, filters);
    String state = lower(query.get("state"));
    String rateCenter = lower(query.get("rate_center"));
    if (rateCenter != null && state == null) {
      throw FlowrouteException.invalidAttribute(
          "rate_center", "rate_center requires state to be specified as well.");
    }
    if (state != null) {
      if (!state.matches("[a-z]{2}")) {
        throw FlowrouteException.invalidAttribute("state", "Must be a 2-letter state code.");
      }
      filters.put("state", state);
    }
    if (rateCenter != null) {
      filters.put("rate_center", rateCenter);
    }
    String numberType = numberType(query.get("number_type"));
    if (numberType != null) {
      filters.put("number_type", query.get("number_type").trim());
    }
    String country = lower(query.get("iso_country"));
    if (country != null) {
      filters.put("iso_country", query.get("iso_country").trim());
    }
    Comparator<CatalogueNumber> order = order(query.get("order_by"), filters);
    Paging paging = Paging.from(query, MAX_AVAILABLE);
    List<CatalogueNumber> found =
        catalogue.available().stream()
            .filter(n -> digits.test(n.number()))
            .filter(n -> state == null || state.equals(n.state()))
            .filter(n -> rateCenter == null || rateCenter.equals(n.rateCenter()))
            .filter(n -> numberType == null || numberType.equals(n.numberType()))
            .filter(n -> country == null || country.equals("us"))
            .sorted(order)
            .toList();
    ObjectNode document = Json.object();
    ArrayNode data = document.putArray("data");
    paging.page(found).forEach(n -> data.add(NumberJson.available(n, baseUrl)));
    paging.link(document, baseUrl, "/v2/numbers/available", filters, found.size());
    exchange.json(200, document);
  }

  private void areaCodes(Exchange exchange, Matcher path) throws IOException {
    Map<String, String> query = exchange.query();
    Map<String, String> filters = new TreeMap<>();
    BigDecimal maxSetup = maxSetupCost(query, filters);
    Paging paging = Paging.from(query, MAX_AREACODES);
    List<String> codes =
        local(maxSetup).stream().map(CatalogueNumber::areaCode).distinct().sorted().toList();
    ObjectNode document = Json.object();
    ArrayNode data = document.putArray("data");
    for (String code : paging.page(codes)) {
      ObjectNode item = data.addObject();
      item.put("id", code);
      item.putObject("links")
          .put("related", baseUrl + "/v2/numbers/available/exchanges?areacode=" + code);
      item.put("type", "areacode");
    }
    paging.link(document, baseUrl, "/v2/numbers/available/areacodes", filters, codes.size());
    exchange.json(200, document);
  }

  private void exchanges(Exchange exchange, Matcher path) throws IOException {
    Map<String, String> query = exchange.query();
    Map<String, String> filters = new TreeMap<>();
    String areaCode = query.get("areacode");
    if (areaCode != null) {
      areaCode = areaCode.trim();
      if (!areaCode.matches("[2-9]\\d{2}")) {
        throw FlowrouteException.invalidAttribute("areacode", "Must be a 3-digit area code.");
      }
      filters.put("areacode", areaCode);
    }
    BigDecimal maxSetup = maxSetupCost(query, filters);
    Paging paging = Paging.from(query, MAX_EXCHANGES);
    String npa = areaCode;
    List<String> exchanges =
        local(maxSetup).stream()
            .filter(n -> npa == null || n.areaCode().equals(npa))
            .map(CatalogueNumber::exchange)
            .distinct()
            .sorted()
            .toList();
    ObjectNode document = Json.object();
    ArrayNode data = document.putArray("data");
    for (String code : paging.page(exchanges)) {
      ObjectNode item = data.addObject();
      item.put("id", code);
      item.putObject("links")
          .put("related", baseUrl + "/v2/numbers/available?starts_with=1" + code);
      item.put("type", "exchange");
    }
    paging.link(document, baseUrl, "/v2/numbers/available/exchanges", filters, exchanges.size());
    exchange.json(200, document);
  }

  /** Local numbers for sale, optionally only those whose setup cost is at most the maximum. */
  private List<CatalogueNumber> local(BigDecimal maxSetup) {
    return catalogue.available().stream()
        .filter(n -> !n.tollFree())
        .filter(n -> maxSetup == null || n.setupCost().compareTo(maxSetup) <= 0)
        .toList();
  }

  private static BigDecimal maxSetupCost(Map<String, String> query, Map<String, String> filters) {
    String given = query.get("max_setup_cost");
    if (given == null || given.isBlank()) {
      return null;
    }
    try {
      BigDecimal value = new BigDecimal(given.trim());
      filters.put("max_setup_cost", given.trim());
      return value;
    } catch (NumberFormatException e) {
      throw FlowrouteException.invalidAttribute("max_setup_cost", "Not a valid number.");
    }
  }

  // ---- query parsing

  /**
   * {@code starts_with} (NANP country code 1 prepended when missing), {@code contains} and {@code
   * ends_with}, recorded normalised in {@code filters} for the links.
   */
  private static Predicate<String> digitFilters(
      Map<String, String> query, Map<String, String> filters) {
    String startsWith = digits(query, "starts_with", true);
    String contains = digits(query, "contains", false);
    String endsWith = digits(query, "ends_with", false);
    if (startsWith != null) {
      startsWith = startsWith.startsWith("1") ? startsWith : "1" + startsWith;
      filters.put("starts_with", startsWith);
    }
    if (contains != null) {
      filters.put("contains", contains);
    }
    if (endsWith != null) {
      filters.put("ends_with", endsWith);
    }
    String prefix = startsWith;
    return number ->
        (prefix == null || number.startsWith(prefix))
            && (contains == null || number.contains(contains))
            && (endsWith == null || number.endsWith(endsWith));
  }

  private static String digits(Map<String, String> query, String name, boolean plusAllowed) {
    String value = query.get(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    value = value.trim();
    if (plusAllowed && value.startsWith("+")) {
      value = value.substring(1);
    }
    if (!value.matches("\\d{1,11}")) {
      throw FlowrouteException.invalidAttribute(name, "Not a valid integer.");
    }
    return value;
  }

  /** {@code standard}/{@code longcode} and {@code tollfree}/{@code toll-free}. */
  private static String numberType(String given) {
    if (given == null || given.isBlank()) {
      return null;
    }
    return switch (given.trim().toLowerCase(Locale.ROOT)) {
      case "standard", "longcode", "local" -> CatalogueNumber.STANDARD;
      case "tollfree", "toll-free", "toll_free" -> CatalogueNumber.TOLLFREE;
      default ->
          throw FlowrouteException.invalidAttribute(
              "number_type", "Must be one of standard, longcode, tollfree, toll-free.");
    };
  }

  /** {@code field,asc|desc}, then by number so that pages are stable. */
  private static Comparator<CatalogueNumber> order(String given, Map<String, String> filters) {
    Comparator<CatalogueNumber> byNumber = Comparator.comparing(CatalogueNumber::number);
    if (given == null || given.isBlank()) {
      return byNumber;
    }
    String[] parts = given.trim().toLowerCase(Locale.ROOT).split("\\s*,\\s*");
    Comparator<CatalogueNumber> field = ORDER_FIELDS.get(parts[0]);
    boolean directionOk = parts.length == 1 || (parts.length == 2 && parts[1].matches("asc|desc"));
    if (field == null || !directionOk) {
      throw FlowrouteException.invalidAttribute(
          "order_by",
          "Must be <field>,asc or <field>,desc with field one of monthly_cost, iso_country,"
              + " number_type, state, rate_center, value, number, tn.");
    }
    filters.put("order_by", given.trim());
    if (parts.length == 2 && parts[1].equals("desc")) {
      field = field.reversed();
    }
    return field.thenComparing(byNumber);
  }

  private static String lower(String value) {
    return value == null || value.isBlank() ? null : value.trim().toLowerCase(Locale.ROOT);
  }

  private static <T extends Comparable<T>> Comparator<T> nullsFirst() {
    return Comparator.nullsFirst(Comparator.naturalOrder());
  }
}
