package dev.switchboard.sandbox.emulator.control;

import dev.switchboard.sandbox.emulator.http.Exchange;
import dev.switchboard.sandbox.emulator.http.Json;
import dev.switchboard.sandbox.emulator.http.Router;
import dev.switchboard.sandbox.emulator.messaging.SendService;
import java.io.IOException;
import java.util.regex.Matcher;

/**
 * {@code /sandbox/requests} and {@code /sandbox/stats}: what the emulator received, the Flowroute
 * API requests and the sends it accepted or answered 429.
 */
public final class TrafficApi {

  private final RequestLog requests;
  private final SendService sends;

  public TrafficApi(RequestLog requests, SendService sends) {
    this.requests = requests;
    this.sends = sends;
  }

  public void register(Router router) {
    router
        .add("GET", "/sandbox/requests", this::requests)
        .add("DELETE", "/sandbox/requests", this::clearRequests)
        .add("GET", "/sandbox/stats", this::stats)
        .add("DELETE", "/sandbox/stats", this::clearStats);
  }

  private void requests(Exchange exchange, Matcher path) throws IOException {
    exchange.json(200, Json.MAPPER.valueToTree(requests.all()), "application/json");
  }

  private void clearRequests(Exchange exchange, Matcher path) throws IOException {
    requests.clear();
    exchange.empty(204);
  }

  private void stats(Exchange exchange, Matcher path) throws IOException {
    exchange.json(200, sends.stats().toJson(), "application/json");
  }

  private void clearStats(Exchange exchange, Matcher path) throws IOException {
    sends.resetCounters();
    exchange.empty(204);
  }
}
