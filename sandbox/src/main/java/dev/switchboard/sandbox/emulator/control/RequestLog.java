package dev.switchboard.sandbox.emulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.switchboard.sandbox.emulator.http.Exchange;
import dev.switchboard.sandbox.emulator.http.Json;
import dev.switchboard.sandbox.emulator.http.Secrets;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The Flowroute API requests received, kept for tests and {@code /sandbox/requests}. */
public final class RequestLog {

  private static final int MAX_ENTRIES = 10_000;

  private final List<LoggedRequest> entries = new ArrayList<>();

  public void record(Exchange exchange) {
    Map<String, String> headers = new TreeMap<>();
    exchange
        .requestHeaders()
        .forEach(
            (name, values) -> {
              String key = name.toLowerCase(Locale.ROOT);
              headers.put(
                  key, key.equals("authorization") ? "[redacted]" : String.join(", ", values));
            });
    String text = Secrets.maskWebhookSecret(new String(exchange.body(), StandardCharsets.UTF_8));
    JsonNode body;
    if (text.isEmpty()) {
      body = NullNode.getInstance();
    } else {
      try {
        body = Json.MAPPER.readTree(text);
      } catch (java.io.IOException e) {
        body = TextNode.valueOf(text);
      }
    }
    LoggedRequest entry =
        new LoggedRequest(
            exchange.method(),
            exchange.path(),
            Secrets.maskWebhookSecret(exchange.rawQuery()),
            headers,
            body,
            Instant.now());
    synchronized (this) {
      if (entries.size() >= MAX_ENTRIES) {
        entries.remove(0);
      }
      entries.add(entry);
    }
  }

  public synchronized List<LoggedRequest> all() {
    return List.copyOf(entries);
  }

  public synchronized void clear() {
    entries.clear();
  }
}
