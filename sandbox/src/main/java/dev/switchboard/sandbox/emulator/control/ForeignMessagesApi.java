package dev.switchboard.sandbox.emulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sandbox.emulator.http.Exchange;
import dev.switchboard.sandbox.emulator.http.FlowrouteException;
import dev.switchboard.sandbox.emulator.http.Json;
import dev.switchboard.sandbox.emulator.http.Router;
import dev.switchboard.sandbox.emulator.http.Timestamps;
import dev.switchboard.sandbox.emulator.messaging.MessageRecord;
import dev.switchboard.sandbox.emulator.messaging.SendService;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;

/**
 * {@code POST /sandbox/messages/foreign}: a text someone else sent on the account (the portal,
 * another integration), which only the MDR listing shows.
 */
public final class ForeignMessagesApi {

  private final SendService sends;

  public ForeignMessagesApi(SendService sends) {
    this.sends = sends;
  }

  public void register(Router router) {
    router.add("POST", "/sandbox/messages/foreign", this::foreign);
  }

  private void foreign(Exchange exchange, Matcher path) throws IOException {
    JsonNode body = exchange.jsonBody();
    if (!body.isObject()) {
      throw FlowrouteException.unprocessable(
          "Expected {\"from\":\"1...\",\"to\":\"1...\",\"body\":\"...\",\"status\":\"delivered\","
              + "\"status_code\":1004,\"timestamp\":\"2026-01-01T00:00:00Z\"}.");
    }
    String status = body.path("status").asText("delivered");
    Integer code = body.path("status_code").isInt() ? body.path("status_code").intValue() : null;
    MessageRecord record = sends.recordForeign(body, status, code, timestamp(body));
    exchange.json(
        201,
        Json.object().put("id", record.id()).put("timestamp", Timestamps.mdr(record.timestamp())),
        "application/json");
  }

  private static Instant timestamp(JsonNode body) {
    String raw = Json.string(body, "timestamp");
    if (raw == null || raw.isBlank()) {
      return Timestamps.now();
    }
    try {
      return Instant.parse(raw);
    } catch (DateTimeParseException e) {
      throw FlowrouteException.unprocessable(
          "timestamp must be ISO-8601 such as 2026-01-01T00:00:00Z.");
    }
  }
}
