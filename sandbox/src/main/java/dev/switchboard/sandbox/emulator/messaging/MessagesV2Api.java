package dev.switchboard.sandbox.emulator.messaging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.emulator.http.Exchange;
import dev.switchboard.sandbox.emulator.http.FlowrouteException;
import dev.switchboard.sandbox.emulator.http.Json;
import dev.switchboard.sandbox.emulator.http.Router;
import java.io.IOException;
import java.time.Instant;
import java.util.regex.Matcher;

/**
 * Flowroute's legacy Messages v2 (§8.1) beside v2.1, on the same account and message store: SMS
 * only, answered 200 with an {@code mdr1-} id, v2-shaped records, no receipts. Its sends count in
 * the rates, faults and {@code /sandbox/stats} like any other.
 */
public final class MessagesV2Api {

  private final MessageStore store;
  private final SendService sends;
  private final String baseUrl;

  public MessagesV2Api(MessageStore store, SendService sends, String baseUrl) {
    this.store = store;
    this.sends = sends;
    this.baseUrl = baseUrl;
  }

  public void register(Router router) {
    router
        .add("POST", "/v2/messages/?", this::send)
        .add("GET", "/v2/messages/?", this::list)
        .add("GET", "/v2/messages/([^/]+)/?", this::lookup);
  }

  /** 200 {@code {"data":{"id":"mdr1-..."}}}: v2 answers neither 202 nor a type or links. */
  private void send(Exchange exchange, Matcher path) throws IOException {
    SendService.Accepted accepted = sends.sendV2(exchange.jsonBody());
    if (MessagesApi.answeredByFault(exchange, accepted)) {
      return;
    }
    ObjectNode document = Json.object();
    document.putObject("data").put("id", accepted.record().id());
    exchange.json(200, document);
  }

  private void lookup(Exchange exchange, Matcher path) throws IOException {
    MessageRecord record =
        store
            .listed(path.group(1), Instant.now())
            .orElseThrow(
                () -> FlowrouteException.notFound("Could not find that resource on your account."));
    ObjectNode document = Json.object();
    document.set("data", MdrJson.v2Resource(record));
    exchange.json(200, document);
  }

  private void list(Exchange exchange, Matcher path) throws IOException {
    MessagesApi.list(exchange, store, baseUrl + "/v2/messages", MdrJson::v2Resource);
  }
}
