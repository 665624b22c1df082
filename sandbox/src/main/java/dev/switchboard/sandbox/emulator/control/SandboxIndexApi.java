package dev.switchboard.sandbox.emulator.control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.emulator.http.Exchange;
import dev.switchboard.sandbox.emulator.http.Json;
import dev.switchboard.sandbox.emulator.http.Router;
import java.io.IOException;
import java.util.regex.Matcher;

/** {@code GET /sandbox}: an index of the Flowroute endpoints emulated and of the sandbox's own. */
public final class SandboxIndexApi {

  private final String baseUrl;

  public SandboxIndexApi(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public void register(Router router) {
    router.add("GET", "/sandbox/?", this::index);
  }

  private void index(Exchange exchange, Matcher path) throws IOException {
    ObjectNode index = Json.object();
    index.put(
        "emulator",
        "Flowroute API emulator (Messages v2.1 and v2, Numbers v2, Routes v2, E911 v2,"
            + " CNAM v2)");
    index.put("base_url", baseUrl);
    ObjectNode flowroute = index.putObject("flowroute_api");
    flowroute.put("auth", "HTTP Basic: access key / secret key");
    flowroute.put("send", "POST /v2.1/messages");
    flowroute.put("lookup", "GET /v2.1/messages/{id}");
    flowroute.put("list", "GET /v2.1/messages?start_date=&end_date=&limit=&offset=");
    flowroute.put(
        "messages_v2",
        "POST /v2/messages, GET /v2/messages/{mdr1-id},"
            + " GET /v2/messages?start_date=&end_date=&limit=&offset= (legacy, SMS only)");
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
    sandbox.put("oidc", "GET /sandbox/oidc/.well-known/openid-configuration");
    sandbox.put("numbers", "GET|POST /sandbox/numbers, PATCH|DELETE /sandbox/numbers/{number}");
    sandbox.put("catalogue", "GET /sandbox/catalogue");
    sandbox.put("routes", "GET /sandbox/routes");
    sandbox.put("e911s", "GET /sandbox/e911s");
    sandbox.put(
        "cnams",
        "GET /sandbox/cnams, POST /sandbox/cnams/{id}/approve,"
            + " POST /sandbox/cnams/{id}/reject {\"reason\":...}");
    sandbox.put("inbound", "POST /sandbox/inbound, GET /sandbox/inbound/{id}");
    sandbox.put("media", "GET /sandbox/media/{id}?expires=<epoch seconds>");
    sandbox.put(
        "media-server",
        "GET|PUT /sandbox/media-server {\"down\":true|false,\"lifetimeSeconds\":N}");
    sandbox.put("foreign_messages", "POST /sandbox/messages/foreign");
    sandbox.put("requests", "GET|DELETE /sandbox/requests");
    sandbox.put("faults", "GET|POST /sandbox/faults");
    sandbox.put("stats", "GET|DELETE /sandbox/stats");
    sandbox.put("messaging_api", "GET|PUT /sandbox/messaging-api {\"version\":\"v2\"}");
    exchange.json(200, index, "application/json");
  }
}
