package dev.switchboard.sandbox.emulator.cnam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.emulator.http.Bodies;
import dev.switchboard.sandbox.emulator.http.Exchange;
import dev.switchboard.sandbox.emulator.http.FlowrouteException;
import dev.switchboard.sandbox.emulator.http.Json;
import dev.switchboard.sandbox.emulator.http.Paging;
import dev.switchboard.sandbox.emulator.http.Router;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * Flowroute's CNAM v2 endpoints (§5.2 to §5.8), including assignment on numbers under both the
 * documented {@code cnams} and the SDKs' {@code cnam} path segment.
 */
public final class CnamApi {

  /** Flowroute enforces no maximum on this list. */
  static final int MAX_CNAMS = Integer.MAX_VALUE;

  private final CnamService service;
  private final String baseUrl;

  public CnamApi(CnamService service, String baseUrl) {
    this.service = service;
    this.baseUrl = baseUrl;
  }

  public void register(Router router) {
    String record = "/v2/cnams/([^/]+)/?";
    router
        .add("GET", "/v2/cnams/?", this::list)
        .add("POST", "/v2/cnams/?", this::create)
        .add("GET", record, this::details)
        .add("PATCH", record, this::update)
        .add("DELETE", record, this::delete)
        .add("PATCH", "/v2/numbers/([^/]+)/relationships/cnams?/([^/]+)/?", this::assign)
        .add("DELETE", "/v2/numbers/([^/]+)/relationships/cnams?/?", this::unassign);
  }

  private void list(Exchange exchange, Matcher path) throws IOException {
    Map<String, String> query = exchange.query();
    Map<String, String> filters = new TreeMap<>();
    String approvedGiven = query.get("is_approved");
    Boolean approved = null;
    if (approvedGiven != null && !approvedGiven.isBlank()) {
      approved = Bodies.flag(approvedGiven, "is_approved");
      filters.put("is_approved", approved.toString());
    }
    String contains = query.get("value");
    String wanted = null;
    if (contains != null && !contains.isBlank()) {
      wanted = contains.trim().toLowerCase(Locale.ROOT);
      filters.put("value", contains.trim());
    }
    Paging paging = Paging.from(query, MAX_CNAMS);
    Boolean approvedWanted = approved;
    String valueWanted = wanted;
    List<CnamRecord> found =
        service.all().stream()
            .filter(r -> approvedWanted == null || r.approved() == approvedWanted)
            .filter(
                r ->
                    valueWanted == null || r.value().toLowerCase(Locale.ROOT).contains(valueWanted))
            .toList();
    ObjectNode document = Json.object();
    ArrayNode data = document.putArray("data");
    paging.page(found).forEach(r -> data.add(CnamJson.record(r, baseUrl)));
    paging.link(document, baseUrl, "/v2/cnams", filters, found.size());
    exchange.json(200, document);
  }

  private void details(Exchange exchange, Matcher path) throws IOException {
    CnamRecord record = service.record(path.group(1));
    exchange.json(200, CnamJson.details(record, service.numbersUsing(record.id()), baseUrl));
  }

  /** Flat JSON {@code {"value":...}}, an envelope, or form-encoded {@code value=...}. */
  private void create(Exchange exchange, Matcher path) throws IOException {
    String value;
    if (exchange.formEncoded()) {
      value = exchange.form().get("value");
    } else if (exchange.body().length == 0) {
      value = exchange.query().get("value");
    } else {
      value = value(exchange.jsonBody());
    }
    exchange.json(201, CnamJson.document(service.create(value), baseUrl));
  }

  /**
   * The documented envelope {@code {"data":{"type":"cnam","attributes":{"value":...}}}}, or flat.
   */
  private void update(Exchange exchange, Matcher path) throws IOException {
    String value =
        exchange.formEncoded() ? exchange.form().get("value") : value(exchange.jsonBody());
    exchange.json(200, CnamJson.document(service.update(path.group(1), value), baseUrl));
  }

  private void delete(Exchange exchange, Matcher path) throws IOException {
    service.delete(path.group(1));
    exchange.empty(204);
  }

  private void assign(Exchange exchange, Matcher path) throws IOException {
    CnamRecord assigned = service.assign(path.group(1), path.group(2));
    exchange.json(202, CnamJson.assignment(assigned.id(), Instant.now()));
  }

  private void unassign(Exchange exchange, Matcher path) throws IOException {
    service.unassign(path.group(1));
    exchange.json(202, CnamJson.assignment(null, Instant.now()));
  }

  private static String value(JsonNode body) {
    if (!body.isObject()) {
      throw FlowrouteException.unprocessable("Expected {\"value\":\"<caller name>\"}.");
    }
    JsonNode data = body.path("data");
    if (data.isObject()) {
      String type = Json.string(data, "type");
      if (type != null && !type.equals("cnam")) {
        throw FlowrouteException.invalidAttribute("type", "Must be cnam.");
      }
    }
    JsonNode value = Bodies.attributes(body).get("value");
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw FlowrouteException.invalidAttribute("value", "Not a valid string.");
    }
    return value.textValue();
  }
}
