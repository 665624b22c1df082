package dev.switchboard.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeepAliveConnectionTest {

  private HttpServer server;
  private final Set<String> peers = ConcurrentHashMap.newKeySet();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          peers.add(exchange.getRemoteAddress().toString());
          byte[] sent = exchange.getRequestBody().readAllBytes();
          String answer =
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestURI()
                  + " "
                  + exchange.getRequestHeaders().getFirst("Authorization")
                  + " "
                  + new String(sent, StandardCharsets.UTF_8);
          byte[] body = answer.getBytes(StandardCharsets.UTF_8);
          boolean chunked = exchange.getRequestURI().getPath().equals("/chunked");
          exchange.sendResponseHeaders(chunked ? 201 : 202, chunked ? 0 : body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void reuses_one_connection_for_fixed_length_and_chunked_responses() throws Exception {
    int port = server.getAddress().getPort();
    try (KeepAliveConnection connection = new KeepAliveConnection("127.0.0.1", port)) {
      KeepAliveConnection.Response posted =
          connection.exchange("POST", "/hooks?x=1", "t0ken", "{\"a\":1}");
      KeepAliveConnection.Response chunked = connection.exchange("GET", "/chunked", null, null);
      KeepAliveConnection.Response again = connection.exchange("POST", "/again", null, "é");

      assertThat(posted.status()).isEqualTo(202);
      assertThat(posted.body()).isEqualTo("POST /hooks?x=1 Bearer t0ken {\"a\":1}");
      assertThat(chunked.status()).isEqualTo(201);
      assertThat(chunked.body()).isEqualTo("GET /chunked null ");
      assertThat(again.body()).isEqualTo("POST /again null é");
      assertThat(connection.isOpen()).isTrue();
    }
    assertThat(peers).hasSize(1);
  }

  @Test
  void one_client_keeps_a_connection_per_thread() throws Exception {
    Http http = new Http();
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/x";

    assertThat(http.postJson(url, "{}", null)).isEqualTo(202);
    assertThat(http.getStatus(url, null)).isEqualTo(202);
    Thread other =
        new Thread(
            () -> {
              try {
                http.postJson(url, "{}", null);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    other.start();
    other.join();

    assertThat(peers).hasSize(2);
  }
}
