package dev.switchboard.sandbox.emulator.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.emulator.account.Account;
import dev.switchboard.sandbox.emulator.account.CallbackType;
import dev.switchboard.sandbox.emulator.faults.AcceptedAnswer;
import dev.switchboard.sandbox.emulator.http.Exchange;
import dev.switchboard.sandbox.emulator.http.FlowrouteException;
import dev.switchboard.sandbox.emulator.http.Json;
import dev.switchboard.sandbox.emulator.http.Router;
import dev.switchboard.sandbox.emulator.http.Timestamps;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;

/** Flowroute's Messages v2.1 endpoints (§6) and the number-level callbacks (§2.9). */
public final class MessagesApi {

  private final Account account;
  private final MessageStore store;
  private final SendService sends;
  private final MediaStore media;
  private final String baseUrl;

  public MessagesApi(
      Account account, MessageStore store, SendService sends, MediaStore media, String baseUrl) {
    this.account = account;
    this.store = store;
    this.sends = sends;
    this.media = media;
    this.baseUrl = baseUrl;
  }

  public void register(Router router) {
    router
        .add("POST", "/v2\\.1/messages/?", this::send)
        .add("GET", "/v2\\.1/messages/?", this::list)
        .add("GET", "/v2\\.1/messages/([^/]+)/?", this::lookup)
        .add("PUT", "/v2\\.1/messages/([^/]+)/?", this::setAccountCallback)
        .add("GET", "/v2\\.1/media/([^/]+)/?", this::media)
        .add("POST", "/v2/numbers/([^/]+)/relationships/([^/]+)/?", this::setNumberCallback);
  }

  private void send(Exchange exchange, Matcher path) throws IOException {
    SendService.Accepted accepted = sends.send(exchange.jsonBody());
    MessageRecord record = accepted.record();
    if (answeredByFault(exchange, accepted)) {
      return;
    }
    ObjectNode document = Json.object();
    ObjectNode data = document.putObject("data");
    data.put("id", record.id());
    data.put("type", "message");
    data.putObject("links").put("self", baseUrl + "/v2.1/messages/" + record.id());
    exchange.json(202, document);
  }

  /**
   * Plays the fault planned for an accepted send: a held and dropped connection (true), or an error
   * status thrown; false when none was planned.
   */
  static boolean answeredByFault(Exchange exchange, SendService.Accepted accepted)
      throws IOException {
    if (accepted.fault().isEmpty()) {
      return false;
    }
    AcceptedAnswer fault = accepted.fault().get();
    if (fault.isTimeout()) {
      holdThenDrop(exchange, fault.hold());
      return true;
    }
    throw new FlowrouteException(
        fault.status(), "Bad Gateway", "Injected fault after the message was accepted.");
  }

  /**
   * Answers nothing: waits past the client's read timeout, then closes the connection unanswered,
   * as a send lost between Flowroute and the client would look.
   */
  private static void holdThenDrop(Exchange exchange, java.time.Duration hold) throws IOException {
    try {
      Thread.sleep(hold.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    exchange.drop();
  }

  private void lookup(Exchange exchange, Matcher path) throws IOException {
    String segment = path.group(1);
    if (CallbackType.fromPath(segment).isPresent()) {
      callbackDocument(exchange, segment);
      return;
    }
    MessageRecord record =
        store
            .listed(segment, Instant.now())
            .orElseThrow(
                () -> FlowrouteException.notFound("Could not find that resource on your account."));
    ObjectNode document = Json.object();
    document.set("data", MdrJson.resource(record, baseUrl));
    exchange.json(200, document);
  }

  private void callbackDocument(Exchange exchange, String segment) throws IOException {
    CallbackType type = CallbackType.fromPath(segment).orElseThrow();
    ObjectNode document = Json.object();
    ObjectNode data = document.putObject("data");
    data.put("type", "callback");
    ObjectNode attributes = data.putObject("attributes");
    attributes.put("api_version", account.messagingApiVersion());
    attributes.put("callback_url", account.accountCallback(type).orElse(null));
    attributes.put("product", segment.substring(0, segment.length() - "_callback".length()));
    exchange.json(200, document);
  }

  private void list(Exchange exchange, Matcher path) throws IOException {
    list(exchange, store, baseUrl + "/v2.1/messages", record -> MdrJson.resource(record, baseUrl));
  }

  /**
   * An MDR listing (§6.4, and v2's of §8.1): {@code start_date} required, {@code end_date}, {@code
   * limit} (default 10, no maximum), {@code offset}; newest first, {@code links.next} only when
   * more remain.
   */
  static void list(
      Exchange exchange,
      MessageStore store,
      String listUrl,
      Function<MessageRecord, ObjectNode> render)
      throws IOException {
    Map<String, String> query = exchange.query();
    String start = query.get("start_date");
    if (start == null || start.isBlank()) {
      throw FlowrouteException.unprocessable(
          "start_date is required: YYYY-MM-DD or an ISO-8601 datetime such as"
              + " 2017-12-01T00:00:00Z.");
    }
    Instant from = Timestamps.parseQueryDate(start, false);
    String end = query.get("end_date");
    Instant until =
        end == null || end.isBlank() ? Instant.MAX : Timestamps.parseQueryDate(end, true);
    int limit = intParam(query, "limit", 10, 1);
    int offset = intParam(query, "offset", 0, 0);
    List<MessageRecord> found = store.between(from, until, Instant.now());
    ObjectNode document = Json.object();
    ArrayNode data = document.putArray("data");
    found.stream().skip(offset).limit(limit).forEach(record -> data.add(render.apply(record)));
    ObjectNode links = document.putObject("links");
    links.put("self", listUrl(listUrl, start, end, limit, offset));
    if ((long) offset + limit < found.size()) {
      links.put("next", listUrl(listUrl, start, end, limit, offset + limit));
    }
    exchange.json(200, document);
  }

  private static int intParam(Map<String, String> query, String name, int fallback, int minimum) {
    String value = query.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value.trim());
      if (parsed >= minimum) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw FlowrouteException.unprocessable(
        name + " must be an integer " + (minimum > 0 ? "greater than 0" : ">= 0") + ".");
  }

  private static String listUrl(String base, String start, String end, int limit, int offset) {
    StringBuilder url = new StringBuilder(base).append("?start_date=");
    url.append(encode(start));
    if (end != null && !end.isBlank()) {
      url.append("&end_date=").append(encode(end));
    }
    return url.append("&limit=").append(limit).append("&offset=").append(offset).toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private void setAccountCallback(Exchange exchange, Matcher path) throws IOException {
    CallbackType type =
        CallbackType.fromPath(path.group(1))
            .orElseThrow(
                () ->
                    FlowrouteException.notFound(
                        "Unknown callback type "
                            + path.group(1)
                            + ": use sms_callback, mms_callback, sms_dlr_callback,"
                            + " mms_dlr_callback or dlr_callback."));
    account.setAccountCallback(type, callbackUrl(exchange.jsonBody()));
    exchange.empty(204);
  }

  private void setNumberCallback(Exchange exchange, Matcher path) throws IOException {
    String number = path.group(1);
    if (account.number(number).isEmpty()) {
      throw FlowrouteException.notFound("Could not find that resource on your account.");
    }
    CallbackType type =
        CallbackType.fromPath(path.group(2))
            .orElseThrow(
                () ->
                    FlowrouteException.notFound(
                        "Unknown relationship "
                            + path.group(2)
                            + ": use sms_callback, mms_callback, sms_dlr_callback,"
                            + " mms_dlr_callback or dlr_callback."));
    account.setNumberCallback(number, type, enveloped(exchange.jsonBody()));
    exchange.empty(204);
  }

  /**
   * The URL of a number-level callback, which only comes in the JSON:API envelope that Flowroute's
   * SDKs send (Python {@code numbers_controller.set_did_callback}, PHP demo {@code
   * setDIDSMSCallback}): a flat body is refused as the field validation refuses a missing
   * attribute.
   */
  private static String enveloped(JsonNode body) {
    if (!body.path("data").path("attributes").isObject()) {
      throw FlowrouteException.invalidAttribute("callback_url", "Missing data for required field.");
    }
    return callbackUrl(body);
  }

  /** The URL from {@code {"callback_url":...}} or {@code {"data":{"attributes":{...}}}}. */
  private static String callbackUrl(JsonNode body) {
    JsonNode holder = body.path("data").isObject() ? body.path("data").path("attributes") : body;
    JsonNode url = holder.get("callback_url");
    if (url == null || !(url.isTextual() || url.isNull())) {
      throw FlowrouteException.unprocessable(
          "callback_url is required: {\"callback_url\":\"https://...\"} or"
              + " {\"data\":{\"attributes\":{\"callback_url\":\"https://...\"}}}.");
    }
    String value = url.isNull() ? "" : url.asText().trim();
    if (!value.isEmpty() && !(value.startsWith("http://") || value.startsWith("https://"))) {
      throw FlowrouteException.unprocessable("callback_url must be an http or https URL.");
    }
    return value;
  }

  private void media(Exchange exchange, Matcher path) throws IOException {
    byte[] png =
        media
            .get(path.group(1))
            .orElseThrow(
                () -> FlowrouteException.notFound("Could not find that resource on your account."));
    exchange.bytes(200, "image/png", png);
  }
}
