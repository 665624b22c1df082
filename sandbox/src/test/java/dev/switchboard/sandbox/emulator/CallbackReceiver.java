package dev.switchboard.sandbox.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A tiny webhook receiver: records every POST and answers 200 unless told otherwise. */
final class CallbackReceiver implements AutoCloseable {

  /** One POST received. */
  record Received(String path, String contentType, JsonNode body) {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpServer server;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final Deque<Integer> plannedStatuses = new ConcurrentLinkedDeque<>();

  CallbackReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          received.add(
              new Received(
                  exchange.getRequestURI().getPath(),
                  exchange.getRequestHeaders().getFirst("Content-Type"),
                  MAPPER.readTree(body)));
          Integer status = plannedStatuses.poll();
          exchange.sendResponseHeaders(status == null ? 200 : status, -1);
          exchange.close();
        });
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** The next answers, in order, before going back to 200. */
  void respondWith(Integer... statuses) {
    plannedStatuses.addAll(List.of(statuses));
  }

  void clear() {
    received.clear();
    plannedStatuses.clear();
  }

  Received next() {
    try {
      Received next = received.poll(5, TimeUnit.SECONDS);
      assertThat(next).as("a webhook POST within 5 s").isNotNull();
      return next;
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  List<Received> take(int count) {
    List<Received> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      all.add(next());
    }
    return all;
  }

  /** Asserts that nothing else arrives during the given time. */
  void assertQuietFor(Duration duration) throws InterruptedException {
    assertThat(received.poll(duration.toMillis(), TimeUnit.MILLISECONDS)).isNull();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
