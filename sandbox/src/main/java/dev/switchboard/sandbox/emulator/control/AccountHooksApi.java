package dev.switchboard.sandbox.emulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.emulator.account.Catalogue;
import dev.switchboard.sandbox.emulator.account.CatalogueNumber;
import dev.switchboard.sandbox.emulator.account.NumberDetails;
import dev.switchboard.sandbox.emulator.account.NumberService;
import dev.switchboard.sandbox.emulator.account.PhoneNumbers;
import dev.switchboard.sandbox.emulator.cnam.CnamJson;
import dev.switchboard.sandbox.emulator.cnam.CnamRecord;
import dev.switchboard.sandbox.emulator.cnam.CnamService;
import dev.switchboard.sandbox.emulator.e911.E911Json;
import dev.switchboard.sandbox.emulator.e911.E911Service;
import dev.switchboard.sandbox.emulator.http.Bodies;
import dev.switchboard.sandbox.emulator.http.Exchange;
import dev.switchboard.sandbox.emulator.http.FlowrouteException;
import dev.switchboard.sandbox.emulator.http.Json;
import dev.switchboard.sandbox.emulator.http.Router;
import dev.switchboard.sandbox.emulator.routes.RouteJson;
import java.io.IOException;
import java.util.function.Supplier;
import java.util.regex.Matcher;

/**
 * {@code /sandbox/numbers}, {@code /catalogue}, {@code /routes}, {@code /e911s} and {@code /cnams}:
 * the account as it stands, changes to its numbers behind the platform's back, and CNAM reviews.
 */
public final class AccountHooksApi {

  private final NumberService numbers;
  private final Catalogue catalogue;
  private final E911Service e911s;
  private final CnamService cnams;
  private final String baseUrl;

  public AccountHooksApi(
      NumberService numbers,
      Catalogue catalogue,
      E911Service e911s,
      CnamService cnams,
      String baseUrl) {
    this.numbers = numbers;
    this.catalogue = catalogue;
    this.e911s = e911s;
    this.cnams = cnams;
    this.baseUrl = baseUrl;
  }

  public void register(Router router) {
    router
        .add("GET", "/sandbox/numbers", this::numbers)
        .add("POST", "/sandbox/numbers", this::ownNumber)
        .add("PATCH", "/sandbox/numbers/([^/]+)", this::changeNumber)
        .add("DELETE", "/sandbox/numbers/([^/]+)", this::releaseNumber)
        .add("GET", "/sandbox/catalogue", this::catalogue)
        .add("GET", "/sandbox/routes", this::routes)
        .add("GET", "/sandbox/e911s", this::e911s)
        .add("GET", "/sandbox/cnams", this::cnams)
        .add("POST", "/sandbox/cnams/([^/]+)/approve", this::approveCnam)
        .add("POST", "/sandbox/cnams/([^/]+)/reject", this::rejectCnam);
  }

  private void numbers(Exchange exchange, Matcher path) throws IOException {
    ObjectNode document = Json.object();
    ArrayNode items = document.putArray("numbers");
    numbers.numbersMatching(number -> true).forEach(number -> items.add(numberJson(number)));
    exchange.json(200, document, "application/json");
  }

  private static ObjectNode numberJson(NumberDetails number) {
    ObjectNode json = Json.object();
    json.put("number", number.number());
    json.put("e164", "+" + number.number());
    json.put("messaging_enabled", number.messagingEnabled());
    json.put("alias", number.alias());
    json.put("cnam_lookups_enabled", number.cnamLookupsEnabled());
    json.put("number_type", number.numberType());
    json.put("primary_route", number.primaryRouteId());
    json.put("failover_route", number.failoverRouteId());
    json.put("e911", number.e911Id());
    json.put("cnam", number.cnamId());
    return json;
  }

  /** {@code {"number":"1...","messaging_enabled":true}}: the number is owned from now on. */
  private void ownNumber(Exchange exchange, Matcher path) throws IOException {
    JsonNode body = exchange.jsonBody();
    String number = PhoneNumbers.lenient(Json.string(body, "number"));
    Boolean messaging = Bodies.flag(body, "messaging_enabled");
    NumberDetails owned = behindTheBack(() -> numbers.own(number, messaging != null && messaging));
    exchange.json(201, numberJson(owned), "application/json");
  }

  /**
   * {@code {"alias":...,"primary_route":"id"|null,"failover_route":"id"|null}}: only the fields
   * present change.
   */
  private void changeNumber(Exchange exchange, Matcher path) throws IOException {
    JsonNode body = exchange.jsonBody();
    String number = path.group(1);
    NumberDetails changed =
        behindTheBack(
            () -> {
              NumberDetails current =
                  numbers
                      .find(number)
                      .orElseThrow(
                          () -> new IllegalArgumentException(number + " is not on the account"));
              if (body.has("alias")) {
                current = numbers.setAliasDirectly(number, Json.string(body, "alias"));
              }
              if (body.has("primary_route")) {
                current =
                    numbers.setRouteDirectly(
                        number, NumberService.Slot.PRIMARY, Bodies.id(body, "primary_route"));
              }
              if (body.has("failover_route")) {
                current =
                    numbers.setRouteDirectly(
                        number, NumberService.Slot.FAILOVER, Bodies.id(body, "failover_route"));
              }
              return current;
            });
    exchange.json(200, numberJson(changed), "application/json");
  }

  private void releaseNumber(Exchange exchange, Matcher path) throws IOException {
    behindTheBack(
        () -> {
          numbers.releaseDirectly(path.group(1));
          return null;
        });
    exchange.empty(204);
  }

  private static <T> T behindTheBack(Supplier<T> change) {
    try {
      return change.get();
    } catch (IllegalArgumentException e) {
      throw e.getMessage() != null && e.getMessage().contains("not on the account")
          ? FlowrouteException.notFound(e.getMessage())
          : FlowrouteException.unprocessable(String.valueOf(e.getMessage()));
    }
  }

  private void catalogue(Exchange exchange, Matcher path) throws IOException {
    ObjectNode document = Json.object();
    ArrayNode items = document.putArray("numbers");
    for (CatalogueNumber number : catalogue.available()) {
      items
          .addObject()
          .put("number", number.number())
          .put("number_type", number.numberType())
          .put("rate_center", number.rateCenter())
          .put("state", number.state())
          .put("monthly_cost", number.monthlyCost())
          .put("setup_cost", number.setupCost());
    }
    exchange.json(200, document, "application/json");
  }

  private void routes(Exchange exchange, Matcher path) throws IOException {
    ObjectNode document = Json.object();
    ArrayNode routes = document.putArray("routes");
    numbers.routes().forEach(r -> routes.add(RouteJson.route(r, baseUrl)));
    exchange.json(200, document, "application/json");
  }

  private void e911s(Exchange exchange, Matcher path) throws IOException {
    ObjectNode document = Json.object();
    ArrayNode data = document.putArray("data");
    e911s.all().forEach(r -> data.add(E911Json.record(r, baseUrl)));
    exchange.json(200, document, "application/json");
  }

  private void cnams(Exchange exchange, Matcher path) throws IOException {
    ObjectNode document = Json.object();
    ArrayNode data = document.putArray("data");
    cnams.all().forEach(r -> data.add(CnamJson.record(r, baseUrl)));
    exchange.json(200, document, "application/json");
  }

  private void approveCnam(Exchange exchange, Matcher path) throws IOException {
    CnamRecord approved = review(() -> cnams.approve(path.group(1)));
    exchange.json(200, CnamJson.document(approved, baseUrl), "application/json");
  }

  /** {@code {"reason":"..."}}, or no body for a generic reason. */
  private void rejectCnam(Exchange exchange, Matcher path) throws IOException {
    JsonNode body = Bodies.optional(exchange);
    String reason = body.isObject() ? Json.string(body, "reason") : null;
    CnamRecord rejected = review(() -> cnams.reject(path.group(1), reason));
    exchange.json(200, CnamJson.document(rejected, baseUrl), "application/json");
  }

  /** 404 for an unknown record, 409 for one already reviewed. */
  private static CnamRecord review(Supplier<CnamRecord> review) {
    try {
      return review.get();
    } catch (IllegalArgumentException e) {
      throw FlowrouteException.notFound(e.getMessage());
    } catch (IllegalStateException e) {
      throw new FlowrouteException(409, "Conflict", e.getMessage());
    }
  }
}
