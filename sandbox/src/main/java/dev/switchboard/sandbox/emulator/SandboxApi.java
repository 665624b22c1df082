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
        .add("POST", "/sandbox/inbound", this::inbound)
        .add("GET", "/sandbox/inbound/([^/]+)", this::inboundStatus)
        .add("GET", "/sandbox/media/([^/]+)", this::media)
        .add("GET", "/sandbox/requests", this::requests)
        .add("DELETE", "/sandbox/requests", this::clearRequests)
        .add("GET", "/sandbox/faults", this::faults)
        .add("POST", "/sandbox/faults", this::setFaults);
  }

  private void index(Exchange exchange, Matcher path) throws IOException {
    ObjectNode index = Json.object();
    index.put("emulator", "Flowroute API emulator (Messages v2.1)");
    index.put("base_url", emulator.url());
    ObjectNode flowroute = index.putObject("flowroute_api");
    flowroute.put("auth", "HTTP Basic: access key / secret key");
    flowroute.put("send", "POST /v2.1/messages");
    flowroute.put("lookup", "GET /v2.1/messages/{id}");
    flowroute.put("list", "GET /v2.1/messages?start_date=&end_date=&limit=&offset=");
    flowroute.put("account_callbacks", "PUT|GET /v2.1/messages/{callback_type}");
    flowroute.put("number_callbacks", "POST /v2/numbers/{number}/relationships/{callback_type}");
    ObjectNode sandbox = index.putObject("sandbox");
    sandbox.put("token", "GET /sandbox/token[?scope=a%20b]");
    sandbox.put("jwks", "GET /sandbox/jwks");
    sandbox.put("numbers", "GET /sandbox/numbers");
    sandbox.put("inbound", "POST /sandbox/inbound, GET /sandbox/inbound/{id}");
    sandbox.put("media", "GET /sandbox/media/{id}");
    sandbox.put("requests", "GET|DELETE /sandbox/requests");
    sandbox.put("faults", "GET|POST /sandbox/faults");
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
    for (AccountNumber number : emulator.numbers()) {
      numbers
          .addObject()
          .put("number", number.number())
          .put("e164", number.e164())
          .put("messaging_enabled", number.messagingEnabled());
    }
    exchange.json(200, document, "application/json");
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

  private void faults(Exchange exchange, Matcher path) throws IOException {
    exchange.json(200, emulator.faults().toJson(), "application/json");
  }

  private void setFaults(Exchange exchange, Matcher path) throws IOException {
    emulator.faults().apply(exchange.jsonBody());
    exchange.json(200, emulator.faults().toJson(), "application/json");
  }
}
