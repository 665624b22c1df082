package dev.switchboard.sandbox.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/** The emulator's own {@code /sandbox} endpoints, without authentication. */
final class SandboxApi {

  private final FlowrouteEmulator emulator;

  SandboxApi(FlowrouteEmulator emulator) {
    this.emulator = emulator;
  }

  void register(Router router) {
    router
        .add("GET", "/sandbox/?", this::index)
        .add("GET", "/sandbox/token", this::token)
        .add("GET", "/sandbox/jwks", this::jwks)
        .add("GET", "/sandbox/numbers", this::numbers)
        .add("POST", "/sandbox/numbers", this::ownNumber)
        .add("PATCH", "/sandbox/numbers/([^/]+)", this::changeNumber)
        .add("DELETE", "/sandbox/numbers/([^/]+)", this::releaseNumber)
        .add("GET", "/sandbox/catalogue", this::catalogue)
        .add("GET", "/sandbox/routes", this::routes)
        .add("GET", "/sandbox/e911s", this::e911s)
        .add("GET", "/sandbox/cnams", this::cnams)
        .add("POST", "/sandbox/cnams/([^/]+)/approve", this::approveCnam)
        .add("POST", "/sandbox/cnams/([^/]+)/reject", this::rejectCnam)
        .add("POST", "/sandbox/inbound", this::inbound)
        .add("GET", "/sandbox/inbound/([^/]+)", this::inboundStatus)
        .add("GET", "/sandbox/media/([^/]+)", this::media)
        .add("GET", "/sandbox/requests", this::requests)
        .add("DELETE", "/sandbox/requests", this::clearRequests)
        .add("GET", "/sandbox/stats", this::stats)
        .add("DELETE", "/sandbox/stats", this::clearStats)
        .add("GET", "/sandbox/faults", this::faults)
        .add("POST", "/sandbox/faults", this::setFaults);
  }

  private void index(Exchange exchange, Matcher path) throws IOException {
    ObjectNode index = Json.object();
    index.put(
        "emulator",
        "Flowroute API emulator (Messages v2.1, Numbers v2, Routes v2, E911 v2, CNAM v2)");
    index.put("base_url", emulator.url());
    ObjectNode flowroute = index.putObject("flowroute_api");
    flowroute.put("auth", "HTTP Basic: access key / secret key");
    flowroute.put("send", "POST /v2.1/messages");
    flowroute.put("lookup", "GET /v2.1/messages/{id}");
    flowroute.put("list", "GET /v2.1/messages?start_date=&end_date=&limit=&offset=");
    flowroute.put("account_callbacks", "PUT|GET /v2.1/messages/{callback_type}");
    flowroute.put("number_callbacks", "POST /v2/numbers/{number}/relationships/{callback_type}");
    flowroute.put(
        "numbers",
        "GET /v2/numbers, GET|POST|PATCH|DELETE /v2/numbers/{number},"
            + " PATCH|DELETE /v2/numbers/{number}/relationships/{primary_route|failover_route}");
    flowroute.put(
        "available",
        "GET /v2/numbers/available, /v2/numbers/available/areacodes,"
            + " /v2/numbers/available/exchanges");
    flowroute.put(
        "routes",
        "GET|POST /v2/routes, PATCH|DELETE /v2/routes/{id}, GET /v2/routes/edge_strategies");
    flowroute.put(
        "e911s",
        "GET|POST /v2/e911s, POST /v2/e911s/validate, GET|PATCH|DELETE /v2/e911s/{id},"
            + " GET /v2/e911s/{id}/relationships/numbers,"
            + " PATCH /v2/numbers/{number}/relationships/e911s/{id},"
            + " DELETE /v2/numbers/{number}/relationships/e911s");
    flowroute.put(
        "cnams",
        "GET|POST /v2/cnams, GET|PATCH|DELETE /v2/cnams/{id},"
            + " PATCH /v2/numbers/{number}/relationships/cnams/{id} (or cnam),"
            + " DELETE /v2/numbers/{number}/relationships/cnams (or cnam)");
    ObjectNode sandbox = index.putObject("sandbox");
    sandbox.put("token", "GET /sandbox/token[?scope=a%20b]");
    sandbox.put("jwks", "GET /sandbox/jwks");
    sandbox.put("numbers", "GET|POST /sandbox/numbers, PATCH|DELETE /sandbox/numbers/{number}");
    sandbox.put("catalogue", "GET /sandbox/catalogue");
    sandbox.put("routes", "GET /sandbox/routes");
    sandbox.put("e911s", "GET /sandbox/e911s");
    sandbox.put(
        "cnams",
        "GET /sandbox/cnams, POST /sandbox/cnams/{id}/approve,"
            + " POST /sandbox/cnams/{id}/reject {\"reason\":...}");
    sandbox.put("inbound", "POST /sandbox/inbound, GET /sandbox/inbound/{id}");
    sandbox.put("media", "GET /sandbox/media/{id}");
    sandbox.put("requests", "GET|DELETE /sandbox/requests");
    sandbox.put("faults", "GET|POST /sandbox/faults");
    sandbox.put("stats", "GET|DELETE /sandbox/stats");
    exchange.json(200, index, "application/json");
  }

  private void token(Exchange exchange, Matcher path) throws IOException {
    String scope = exchange.query().get("scope");
    Set<String> scopes =
        scope == null || scope.isBlank()
            ? FlowrouteEmulator.DEFAULT_SCOPES
            : new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")));
    ObjectNode token = Json.object();
    token.put("access_token", emulator.token(scopes));
    token.put("token_type", "Bearer");
    token.put("expires_in", JwtIssuer.LIFETIME_SECONDS);
    token.put("scope", String.join(" ", new java.util.TreeSet<>(scopes)));
    exchange.json(200, token, "application/json");
  }

  private void jwks(Exchange exchange, Matcher path) throws IOException {
    exchange.bytes(
        200, "application/json", emulator.jwks().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private void numbers(Exchange exchange, Matcher path) throws IOException {
    ObjectNode document = Json.object();
    ArrayNode numbers = document.putArray("numbers");
    emulator.numberDetails().forEach(number -> numbers.add(numberJson(number)));
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
    NumberDetails owned =
        behindTheBack(() -> emulator.ownNumber(number, messaging != null && messaging));
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
                  emulator
                      .number(number)
                      .orElseThrow(
                          () -> new IllegalArgumentException(number + " is not on the account"));
              if (body.has("alias")) {
                current = emulator.setAliasBehindTheBack(number, Json.string(body, "alias"));
              }
              if (body.has("primary_route")) {
                current =
                    emulator.setPrimaryRouteBehindTheBack(number, Bodies.id(body, "primary_route"));
              }
              if (body.has("failover_route")) {
                current =
                    emulator.setFailoverRouteBehindTheBack(
                        number, Bodies.id(body, "failover_route"));
              }
              return current;
            });
    exchange.json(200, numberJson(changed), "application/json");
  }

  private void releaseNumber(Exchange exchange, Matcher path) throws IOException {
    behindTheBack(
        () -> {
          emulator.releaseBehindTheBack(path.group(1));
          return null;
        });
    exchange.empty(204);
  }

  private static <T> T behindTheBack(java.util.function.Supplier<T> change) {
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
    ArrayNode numbers = document.putArray("numbers");
    for (CatalogueNumber number : emulator.catalogue()) {
      numbers
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
    emulator.routes().forEach(r -> routes.add(NumberJson.route(r, emulator.url())));
    exchange.json(200, document, "application/json");
  }

  private void e911s(Exchange exchange, Matcher path) throws IOException {
    ObjectNode document = Json.object();
    ArrayNode data = document.putArray("data");
    emulator.e911s().forEach(r -> data.add(E911Json.record(r, emulator.url())));
    exchange.json(200, document, "application/json");
  }

  private void cnams(Exchange exchange, Matcher path) throws IOException {
    ObjectNode document = Json.object();
    ArrayNode data = document.putArray("data");
    emulator.cnams().forEach(r -> data.add(CnamJson.record(r, emulator.url())));
    exchange.json(200, document, "application/json");
  }

  private void approveCnam(Exchange exchange, Matcher path) throws IOException {
    CnamRecord approved = review(() -> emulator.approveCnam(path.group(1)));
    exchange.json(200, CnamJson.document(approved, emulator.url()), "application/json");
  }

  /** {@code {"reason":"..."}}, or no body for a generic reason. */
  private void rejectCnam(Exchange exchange, Matcher path) throws IOException {
    JsonNode body = Bodies.optional(exchange);
    String reason = body.isObject() ? Json.string(body, "reason") : null;
    CnamRecord rejected = review(() -> emulator.rejectCnam(path.group(1), reason));
    exchange.json(200, CnamJson.document(rejected, emulator.url()), "application/json");
  }

  /** 404 for an unknown record, 409 for one already reviewed. */
  private static CnamRecord review(java.util.function.Supplier<CnamRecord> review) {
    try {
      return review.get();
    } catch (IllegalArgumentException e) {
      throw FlowrouteException.notFound(e.getMessage());
    } catch (IllegalStateException e) {
      throw new FlowrouteException(409, "Conflict", e.getMessage());
    }
  }

  private void inbound(Exchange exchange, Matcher path) throws IOException {
    JsonNode body = exchange.jsonBody();
    if (!body.isObject()) {
      throw FlowrouteException.unprocessable(
          "Expected {\"from\":\"+1...\",\"to\":\"...\",\"body\":\"...\"}.");
    }
    List<String> media = new ArrayList<>();
    body.path("media_urls").forEach(url -> media.add(url.asText()));
    InboundResult result =
        emulator.receiveInbound(
            new InboundRequest(
                Json.string(body, "from"),
                Json.string(body, "to"),
                Json.string(body, "body"),
                media,
                Json.string(body, "format")));
    exchange.json(
        202,
        Json.object().put("id", result.id()).put("callback_url", result.callbackUrl()),
        "application/json");
  }

  private void inboundStatus(Exchange exchange, Matcher path) throws IOException {
    WebhookDelivery delivery =
        emulator
            .inboundDelivery(path.group(1))
            .orElseThrow(() -> FlowrouteException.notFound("No inbound message " + path.group(1)));
    exchange.json(
        200,
        Json.object()
            .put("id", delivery.id())
            .put("attempts", delivery.attempts())
            .put("delivered", delivery.delivered())
            .put("last_status", delivery.lastStatus()),
        "application/json");
  }

  private void media(Exchange exchange, Matcher path) throws IOException {
    byte[] png =
        emulator
            .media(path.group(1))
            .orElseThrow(() -> FlowrouteException.notFound("No media " + path.group(1)));
    exchange.bytes(200, "image/png", png);
  }

  private void requests(Exchange exchange, Matcher path) throws IOException {
    exchange.json(200, Json.MAPPER.valueToTree(emulator.requests()), "application/json");
  }

  private void clearRequests(Exchange exchange, Matcher path) throws IOException {
    emulator.clearRequests();
    exchange.empty(204);
  }

  private void stats(Exchange exchange, Matcher path) throws IOException {
    exchange.json(200, emulator.stats().toJson(), "application/json");
  }

  private void clearStats(Exchange exchange, Matcher path) throws IOException {
    emulator.resetStats();
    exchange.empty(204);
  }

  private void faults(Exchange exchange, Matcher path) throws IOException {
    exchange.json(200, emulator.faults().toJson(), "application/json");
  }

  private void setFaults(Exchange exchange, Matcher path) throws IOException {
    emulator.faults().apply(exchange.jsonBody());
    exchange.json(200, emulator.faults().toJson(), "application/json");
  }
}
