package dev.switchboard.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PacedPostsTest {

  private HttpServer server;
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private final AtomicInteger served = new AtomicInteger();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            bodies.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
          // Every third request is refused, so failures are counted apart from successes.
          boolean refuse = served.incrementAndGet() % 3 == 0;
          byte[] answer = (refuse ? "refused" : "ok").getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(refuse ? 400 : 200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void sends_every_planned_post_and_reports_each_answer_with_its_tag() throws Exception {
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    AtomicInteger next = new AtomicInteger();
    List<Object> okTags = new CopyOnWriteArrayList<>();
    AtomicInteger refused = new AtomicInteger();

    LoadResult result =
        new PacedPosts(url, 4)
            .run(
                200,
                Duration.ZERO,
                Duration.ofMillis(500),
                () -> {
                  int n = next.incrementAndGet();
                  return new PacedPosts.Post("{\"n\":" + n + "}", n);
                },
                (tag, status, planned) -> {
                  if (status == 200) {
                    okTags.add(tag);
                  } else {
                    refused.incrementAndGet();
                  }
                });

    assertThat(next.get()).isEqualTo(100);
    assertThat(bodies).hasSize(100).contains("{\"n\":1}", "{\"n\":100}");
    assertThat(okTags).hasSize(67).doesNotHaveDuplicates();
    assertThat(refused.get()).isEqualTo(33);
    assertThat(result.ok()).isEqualTo(67);
    assertThat(result.failed()).isEqualTo(33);
    assertThat(result.latencies().count()).isEqualTo(67);
  }
}
