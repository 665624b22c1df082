package dev.switchboard.api.messages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The media of an MMS are checked when it is accepted: each URL reachable, of a content type
 * Flowroute takes and all within its 750 kB (reference §1.8 and §6.2, [DOC
 * messages/v2.1/send-an-mms]: "over 767840 byte limit"), and never fetched from our own network.
 * The media server here listens on 127.0.0.2, which the profile's allow-list lets through; a second
 * one on 127.0.0.1 stands for a service of ours that must never be asked.
 */
@QuarkusTest
@TestProfile(MediaCheckTest.Checked.class)
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class MediaCheckTest {

  /** The check on, with the media server allowed and a two-second bound per URL. */
  public static class Checked implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "switchboard.messages.media-check.enabled", "true",
          "switchboard.messages.media-check.allow", "127.0.0.2/32",
          "switchboard.messages.media-check.connect-timeout", "1s",
          "switchboard.messages.media-check.timeout", "2s");
    }
  }

  static HttpServer media;
  static HttpServer ours;
  static final Queue<String> askedOfOurs = new ConcurrentLinkedQueue<>();

  FlowrouteEmulator emulator;

  @BeforeAll
  static void startServers() throws IOException {
    media = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
    media.createContext("/cat.png", e -> answer(e, "image/png", 2_000, true));
    media.createContext("/big.png", e -> answer(e, "image/png", 800_000, true));
    media.createContext("/endless.gif", e -> answer(e, "image/gif", 5_000_000, false));
    media.createContext("/half.jpg", e -> answer(e, "image/jpeg", 400_000, true));
    media.createContext("/page.html", e -> answer(e, "text/html", 100, true));
    media.createContext("/missing.png", e -> answer(e, 404, "text/plain", 0));
    media.createContext("/slow.png", MediaCheckTest::slow);
    media.createContext("/to-ours", e -> redirect(e, "http://127.0.0.1:" + port(ours) + "/x"));
    media.createContext("/moved.png", e -> redirect(e, "/cat.png"));
    media.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    media.start();
    ours = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    ours.createContext(
        "/",
        e -> {
          askedOfOurs.add(e.getRequestURI().toString());
          answer(e, "image/png", 10, true);
        });
    ours.start();
  }

  @AfterAll
  static void stopServers() {
    media.stop(0);
    ours.stop(0);
  }

  static int port(HttpServer server) {
    return server.getAddress().getPort();
  }

  static String media(String path) {
    return "http://127.0.0.2:" + port(media) + path;
  }

  static void answer(HttpExchange e, String type, int size, boolean withLength) throws IOException {
    answer(e, 200, type, withLength ? size : -1, size);
  }

  static void answer(HttpExchange e, int status, String type, int size) throws IOException {
    answer(e, status, type, size, size);
  }

  static void answer(HttpExchange e, int status, String type, long declared, int size)
      throws IOException {
    e.getResponseHeaders().set("Content-Type", type);
    if (e.getRequestMethod().equals("HEAD")) {
      if (declared >= 0) {
        // HEAD carries the length of what a GET would send.
        e.getResponseHeaders().set("Content-Length", String.valueOf(declared));
      }
      e.sendResponseHeaders(status, -1);
      e.close();
      return;
    }
    e.sendResponseHeaders(status, declared < 0 ? 0 : declared == 0 ? -1 : declared);
    try (OutputStream out = e.getResponseBody()) {
      byte[] chunk = new byte[8192];
      for (int sent = 0; sent < size; sent += chunk.length) {
        out.write(chunk, 0, Math.min(chunk.length, size - sent));
      }
    } catch (IOException closedByTheCheck) {
      // The check stops reading past the limit.
    }
  }

  static void slow(HttpExchange e) throws IOException {
    try {
      Thread.sleep(10_000);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    e.close();
  }

  static void redirect(HttpExchange e, String location) throws IOException {
    e.getResponseHeaders().set("Location", location);
    e.sendResponseHeaders(302, -1);
    e.close();
  }

  ValidatableResponse sendMms(String body, String... urls) {
    return given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .contentType(ContentType.JSON)
        .body(
            body == null
                ? Map.of("from", "+12065550100", "to", "+12065550189", "mediaUrls", List.of(urls))
                : Map.of(
                    "from",
                    "+12065550100",
                    "to",
                    "+12065550189",
                    "body",
                    body,
                    "mediaUrls",
                    List.of(urls)))
        .post("/v1/messages")
        .then();
  }

  void refused(ValidatableResponse response, String type, String url) {
    response
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("https://switchboard.dev/problems/" + type))
        .body("detail", containsString(url));
  }

  @Test
  void media_flowroute_takes_are_accepted_also_through_a_redirect() {
    sendMms("look " + UUID.randomUUID(), media("/cat.png"), media("/moved.png"))
        .statusCode(202)
        .body("status", equalTo("QUEUED"));
  }

  @Test
  void a_medium_over_the_limit_by_its_declared_length_is_refused_naming_it() {
    refused(sendMms(null, media("/big.png")), "media-too-large", media("/big.png"));
  }

  @Test
  void media_that_cross_the_limit_together_are_refused_at_the_one_that_crosses_it() {
    refused(
        sendMms(null, media("/half.jpg"), media("/half.jpg?second")),
        "media-too-large",
        media("/half.jpg?second"));
  }

  @Test
  void a_medium_without_a_length_is_read_only_up_to_the_limit() {
    long start = System.nanoTime();
    refused(sendMms(null, media("/endless.gif")), "media-too-large", media("/endless.gif"));
    // Cut at the limit: the server would go on for 5 MB.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void a_content_type_flowroute_does_not_send_is_refused() {
    refused(
        sendMms(null, media("/page.html")), "media-content-type-not-accepted", media("/page.html"));
  }

  @Test
  void a_medium_that_is_not_there_is_refused() {
    refused(sendMms(null, media("/missing.png")), "media-unreachable", media("/missing.png"));
  }

  @Test
  void a_slow_media_server_is_given_up_within_the_time_bound() {
    long start = System.nanoTime();
    refused(sendMms(null, media("/slow.png")), "media-unreachable", media("/slow.png"));
    // The bound is 2 s; the server would answer after 10 s (margin for a loaded machine).
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
  }

  @Test
  void addresses_of_our_own_network_are_refused_without_a_request() {
    String loopback = "http://127.0.0.1:" + port(ours) + "/secret.png";
    String byName = "http://localhost:" + port(ours) + "/secret.png";
    for (String url :
        List.of(
            loopback,
            byName,
            "http://10.1.2.3/a.png",
            "http://192.168.0.1/a.png",
            "http://169.254.169.254/latest/meta-data/",
            "http://[::1]:" + port(ours) + "/a.png",
            "http://[::ffff:127.0.0.1]:" + port(ours) + "/a.png")) {
      // Forbidden, not unreachable: refused by the address check, which runs before any request
      // (a connection that failed, as one to 10.x would here, is media-unreachable).
      refused(sendMms(null, url), "media-url-forbidden", url);
    }
    assertThat(askedOfOurs).isEmpty();
  }

  @Test
  void a_redirect_into_our_own_network_is_refused_at_that_hop() {
    refused(sendMms(null, media("/to-ours")), "media-url-forbidden", media("/to-ours"));
    assertThat(askedOfOurs).isEmpty();
  }

  @Test
  void a_batch_checks_each_mms_and_refuses_only_the_one_whose_media_is_forbidden() {
    String loopback = "http://127.0.0.1:" + port(ours) + "/batch.png";
    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "messages",
                List.of(
                    Map.of("from", "+12065550100", "to", "+12065550189", "body", "batch text"),
                    Map.of(
                        "from",
                        "+12065550100",
                        "to",
                        "+12065550189",
                        "mediaUrls",
                        List.of(loopback)))))
        .post("/v1/messages/batch")
        .then()
        .statusCode(200)
        .body("results.status", equalTo(List.of(202, 422)))
        .body(
            "results[1].problem.type",
            equalTo("https://switchboard.dev/problems/media-url-forbidden"))
        .body("results[1].problem.detail", containsString(loopback));
    assertThat(askedOfOurs).isEmpty();
  }
}
