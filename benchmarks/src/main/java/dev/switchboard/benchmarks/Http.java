package dev.switchboard.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The load generator's HTTP client: HTTP/1.1 with keep-alive, so each concurrent worker holds one
 * connection to the API: {@link KeepAliveConnection}s (one per thread and server), which cost the
 * shared CPU far less than the JDK client.
 */
public final class Http {

  private final Map<Thread, Map<String, KeepAliveConnection>> connections =
      new ConcurrentHashMap<>();

  /** POSTs JSON; returns the status code. */
  public int postJson(String url, String json, String bearer) throws IOException {
    return exchange("POST", url, bearer, json).status();
  }

  /** POSTs JSON with an {@code Idempotency-Key}, as a client that retries safely does. */
  public int postJson(String url, String json, String bearer, String idempotencyKey)
      throws IOException {
    return exchange("POST", url, bearer, idempotencyKey, json).status();
  }

  /** As {@link #postJson}, with the answer's body. */
  public KeepAliveConnection.Response post(String url, String json, String bearer)
      throws IOException {
    return exchange("POST", url, bearer, json);
  }

  private KeepAliveConnection.Response exchange(
      String method, String url, String bearer, String body) throws IOException {
    return exchange(method, url, bearer, null, body);
  }

  private KeepAliveConnection.Response exchange(
      String method, String url, String bearer, String idempotencyKey, String body)
      throws IOException {
    URI uri = URI.create(url);
    String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    KeepAliveConnection connection = connection(uri);
    try {
      return connection.exchange(method, target, bearer, idempotencyKey, body);
    } catch (IOException e) {
      if (!connection.failedStale()) {
        throw e;
      }
      return connection(uri).exchange(method, target, bearer, idempotencyKey, body);
    }
  }

  private KeepAliveConnection connection(URI uri) throws IOException {
    Map<String, KeepAliveConnection> mine =
        connections.computeIfAbsent(Thread.currentThread(), t -> new HashMap<>());
    String server = uri.getHost() + ":" + uri.getPort();
    KeepAliveConnection connection = mine.get(server);
    if (connection == null || !connection.isOpen()) {
      closeThoseOfEndedThreads();
      connection = new KeepAliveConnection(uri.getHost(), uri.getPort());
      mine.put(server, connection);
    }
    return connection;
  }

  /** Load steps start new worker threads; the connections of the ended ones are closed here. */
  private void closeThoseOfEndedThreads() {
    connections
        .entrySet()
        .removeIf(
            entry -> {
              if (entry.getKey().isAlive()) {
                return false;
              }
              entry.getValue().values().forEach(KeepAliveConnection::close);
              return true;
            });
  }

  /** GETs over this thread's keep-alive connection; returns the status and the body. */
  public KeepAliveConnection.Response get(String url, String bearer) throws IOException {
    return exchange("GET", url, bearer, null);
  }
}
