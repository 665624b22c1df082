package dev.switchboard.sandbox.emulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.emulator.account.Account;
import dev.switchboard.sandbox.emulator.http.Exchange;
import dev.switchboard.sandbox.emulator.http.FlowrouteException;
import dev.switchboard.sandbox.emulator.http.Json;
import dev.switchboard.sandbox.emulator.http.Router;
import java.io.IOException;
import java.util.regex.Matcher;

/**
 * {@code GET|PUT /sandbox/messaging-api}: the account's Messages API version, which decides the
 * form of the webhooks (flat inbound and no receipts for {@code v2}). Flowroute sets it for an
 * account with no documented API (reference §13 U16); this is the emulator's own switch.
 */
public final class MessagingApiVersionApi {

  private final Account account;

  public MessagingApiVersionApi(Account account) {
    this.account = account;
  }

  public void register(Router router) {
    router
        .add("GET", "/sandbox/messaging-api", this::version)
        .add("PUT", "/sandbox/messaging-api", this::setVersion);
  }

  private void version(Exchange exchange, Matcher path) throws IOException {
    ObjectNode answer = Json.object();
    answer.put("version", account.messagingApiVersion());
    exchange.json(200, answer, "application/json");
  }

  private void setVersion(Exchange exchange, Matcher path) throws IOException {
    JsonNode version = exchange.jsonBody().get("version");
    try {
      account.setMessagingApiVersion(version == null ? "" : version.asText());
    } catch (IllegalArgumentException e) {
      throw FlowrouteException.unprocessable(
          "version must be v2, v2.1 or v2.2: {\"version\":\"v2\"}.");
    }
    version(exchange, path);
  }
}
