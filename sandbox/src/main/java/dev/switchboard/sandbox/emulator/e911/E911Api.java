package dev.switchboard.sandbox.emulator.e911;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.emulator.account.NumberDetails;
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
import java.util.function.Function;
import java.util.regex.Matcher;

/** Flowroute's E911 v2 endpoints (§4.2 to §4.10), including assignment on numbers. */
public final class E911Api {

  /** The documented maximum (the Python SDK says 200; §13 U13). */
  static final int MAX_E911S = 2000;

  static final int MAX_LINKED_NUMBERS = 200;

  private final E911Service service;
  private final String baseUrl;

  public E911Api(E911Service service, String baseUrl) {
    this.service = service;
    this.baseUrl = baseUrl;
  }

  public void register(Router router) {
    String record = "/v2/e911s/([^/]+)/?";
    router
        .add("GET", "/v2/e911s/?", this::list)
        .add("POST", "/v2/e911s/?", this::create)
        .add("POST", "/v2/e911s/validate/?", this::validate)
        .add("GET", record, this::details)
        .add("PATCH", record, this::update)
        .add("DELETE", record, this::delete)
        .add("GET", "/v2/e911s/([^/]+)/relationships/numbers/?", this::numbers)
        .add("PATCH", "/v2/numbers/([^/]+)/relationships/e911s/([^/]+)/?", this::assign)
        .add("DELETE", "/v2/numbers/([^/]+)/relationships/e911s/?", this::unassign);
  }

  private void list(Exchange exchange, Matcher path) throws IOException {
    Map<String, String> query = exchange.query();
    Map<String, String> filters = new TreeMap<>();
    List<java.util.function.Predicate<E911Address>> tests = new java.util.ArrayList<>();
    for (Map.Entry<String, Function<E911Address, String>> field :
        Map.<String, Function<E911Address, String>>of(
                "label", E911Address::label,
                "street_name", E911Address::streetName,
                "city", E911Address::city)
            .entrySet()) {
      String wanted = lower(query.get(field.getKey()));
      if (wanted != null) {
        filters.put(field.getKey(), query.get(field.getKey()).trim());
        tests.add(a -> lower(field.getValue().apply(a)).contains(wanted));
      }
    }
    String state = lower(query.get("state"));
    if (state != null) {
      if (!state.matches("[a-z]{2}")) {
        throw FlowrouteException.invalidAttribute("state", "Must be a 2-letter state code.");
      }
      filters.put("state", query.get("state").trim());
      tests.add(a -> a.state().equalsIgnoreCase(state));
    }
    Paging paging = Paging.from(query, MAX_E911S);
    List<E911Record> found =
        service.all().stream()
            .filter(r -> tests.stream().allMatch(t -> t.test(r.address())))
            .toList();
    ObjectNode document = Json.object();
    ArrayNode data = document.putArray("data");
    paging.page(found).forEach(r -> data.add(E911Json.record(r, baseUrl)));
    paging.link(document, baseUrl, "/v2/e911s", filters, found.size());
    exchange.json(200, document);
  }

  private void details(Exchange exchange, Matcher path) throws IOException {
    exchange.json(200, E911Json.document(service.record(path.group(1)), baseUrl));
  }

  private void validate(Exchange exchange, Matcher path) throws IOException {
    service.validate(attributes(exchange));
    exchange.empty(204);
  }

  private void create(Exchange exchange, Matcher path) throws IOException {
    exchange.json(201, E911Json.document(service.create(attributes(exchange)), baseUrl));
  }

  private void update(Exchange exchange, Matcher path) throws IOException {
    E911Record updated = service.update(path.group(1), attributes(exchange));
    exchange.json(200, E911Json.document(updated, baseUrl));
  }

  private void delete(Exchange exchange, Matcher path) throws IOException {
    service.delete(path.group(1));
    exchange.empty(204);
  }

  private void numbers(Exchange exchange, Matcher path) throws IOException {
    E911Record record = service.record(path.group(1));
    Paging paging = Paging.from(exchange.query(), MAX_LINKED_NUMBERS);
    List<NumberDetails> linked = service.numbersUsing(record.id());
    ObjectNode document = Json.object();
    ArrayNode data = document.putArray("data");
    paging.page(linked).forEach(n -> data.add(E911Json.linkedNumber(n, baseUrl)));
    paging.link(
        document,
        baseUrl,
        "/v2/e911s/" + record.id() + "/relationships/numbers",
        Map.of(),
        linked.size());
    exchange.json(200, document);
  }

  private void assign(Exchange exchange, Matcher path) throws IOException {
    service.assign(path.group(1), path.group(2));
    exchange.empty(204);
  }

  private void unassign(Exchange exchange, Matcher path) throws IOException {
    service.unassign(path.group(1));
    exchange.empty(204);
  }

  /** The envelope's attributes ({@code data.type} must be e911 if given), or a flat body. */
  private static Map<String, String> attributes(Exchange exchange) {
    JsonNode body = exchange.jsonBody();
    if (!body.isObject()) {
      throw FlowrouteException.unprocessable(
          "Expected {\"data\":{\"type\":\"e911\",\"attributes\":{\"label\":...,\"first_name\":...,"
              + "\"last_name\":...,\"street_number\":...,\"street_name\":...,\"city\":...,"
              + "\"state\":...,\"country\":...,\"zip\":...}}}.");
    }
    JsonNode data = body.path("data");
    if (data.isObject()) {
      String type = Json.string(data, "type");
      if (type != null && !type.equals("e911")) {
        throw FlowrouteException.invalidAttribute("type", "Must be e911.");
      }
    }
    return E911Rules.given(Bodies.attributes(body));
  }

  private static String lower(String value) {
    return value == null || value.isBlank() ? null : value.trim().toLowerCase(Locale.ROOT);
  }
}
