package dev.switchboard.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
  void sends_again_on_a_new_connection_when_the_server_closed_the_idle_one() throws Exception {
    AtomicInteger accepted = new AtomicInteger();
    try (ServerSocket closing = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread answering =
          new Thread(
              () -> {
                while (!closing.isClosed()) {
                  try (Socket socket = closing.accept()) {
                    accepted.incrementAndGet();
                    BufferedReader in =
                        new BufferedReader(
                            new InputStreamReader(
                                socket.getInputStream(), StandardCharsets.ISO_8859_1));
                    int length = 0;
                    for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
                      if (line.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).trim());
                      }
                    }
                    in.skip(length);
                    // Answers, then closes without saying so, as a restarting server does.
                    socket
                        .getOutputStream()
                        .write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes());
                  } catch (Exception e) {
                    return;
                  }
                }
              });
      answering.start();
      Http http = new Http();
      String url = "http://127.0.0.1:" + closing.getLocalPort() + "/x";

      assertThat(http.postJson(url, "{}", null)).isEqualTo(200);
      Thread.sleep(50);
      assertThat(http.postJson(url, "{}", null)).isEqualTo(200);
      assertThat(accepted).hasValue(2);
    }
  }

  @Test
  void one_client_keeps_a_connection_per_thread() throws Exception {
    Http http = new Http();
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/x";

    assertThat(http.postJson(url, "{}", null)).isEqualTo(202);
    assertThat(http.get(url, null).status()).isEqualTo(202);
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

  @Test
  void a_send_carries_its_idempotency_key_and_other_requests_none() {
    String send =
        new String(
            KeepAliveConnection.requestHead(
                "POST", "/v1/messages", "h:1", "tok", "key-1", new byte[2]),
            StandardCharsets.ISO_8859_1);
    String plain =
        new String(
            KeepAliveConnection.requestHead("POST", "/x", "h:1", null, new byte[2]),
            StandardCharsets.ISO_8859_1);
    assertThat(send).contains("\r\nIdempotency-Key: key-1\r\n").endsWith("\r\n\r\n");
    assertThat(plain).doesNotContain("Idempotency-Key");
  }
}
