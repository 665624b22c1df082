package dev.switchboard.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The packaged application as production runs it (the prod profile): JSON log lines whose request
 * lines carry the request's trace id and no secret, and spans exported to the OTLP collector named
 * at run time by the standard key ({@code QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT}), here a
 * small HTTP server taking OTLP/http.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObservabilityTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final List<Export> exports = Collections.synchronizedList(new ArrayList<>());
  private HttpServer collector;
  private FaultStack stack;

  /** One request the collector received. */
  record Export(String method, String path, byte[] body) {}

  @BeforeAll
  void start() throws Exception {
    collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    collector.createContext(
        "/",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          exports.add(
              new Export(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), body));
          // An empty ExportTraceServiceResponse: everything accepted.
          exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    collector.start();

    stack = FaultStack.open("observability", 1);
    // As production: JSON lines (the launcher's environment turns them off for the sandbox).
    stack.set("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true");
    stack.set(
        "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
        "http://127.0.0.1:" + collector.getAddress().getPort());
    stack.set("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf");
    stack.set("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
    stack.startAll();
  }

  @AfterAll
  void stop() {
    if (stack != null) {
      stack.close();
    }
    if (collector != null) {
      collector.stop(0);
    }
  }

  @Test
  void the_spans_of_a_request_reach_the_collector_named_at_run_time() throws Exception {
    String traceId = randomHex(16);
    HttpResponse<String> sent =
        http.send(
            HttpRequest.newBuilder(URI.create(stack.apiUrl(0) + "/v1/messages"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + stack.emulator().tokens().issue())
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"from\":\"+12065550100\",\"to\":\"+14255550177\",\"body\":\"traced\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);

    byte[] id = HexFormat.of().parseHex(traceId);
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (exportOf(id).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    Export export = exportOf(id).orElseThrow(() -> new AssertionError("no span exported"));
    assertThat(export.method()).isEqualTo("POST");
    assertThat(export.path()).isEqualTo("/v1/traces");
  }

  @Test
  void a_request_logs_json_lines_with_its_trace_id_and_no_secret() throws Exception {
    String traceId = randomHex(16);
    String wrongSecret = "not-the-secret-" + randomHex(4);
    String token = stack.emulator().tokens().issue();
    HttpResponse<String> refused =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(stack.apiUrl(0) + "/webhooks/flowroute/" + wrongSecret + "/sms"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).isEqualTo(404);

    long deadline = System.nanoTime() + WAIT.toNanos();
    Optional<JsonNode> line = Optional.empty();
    while (line.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(100);
      line =
          logLines().stream()
              .filter(l -> l.path("message").asText().contains("webhook refused"))
              .findFirst();
    }
    assertThat(line).as("the refused webhook's log line").isPresent();
    assertThat(line.get().path("level").asText()).isEqualTo("WARN");
    assertThat(line.get().path("mdc").path("traceId").asText()).isEqualTo(traceId);

    String log = Files.readString(stack.log(0), StandardCharsets.UTF_8);
    assertThat(log)
        .doesNotContain(FaultStack.WEBHOOK_SECRET)
        .doesNotContain(wrongSecret)
        .doesNotContain(token)
        .doesNotContain(stack.emulator().config().secretKey())
        .doesNotContain(basicCredentials());
  }

  /** Every line the application wrote, each a JSON object (the JVM's own notices aside). */
  private List<JsonNode> logLines() throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(stack.log(0), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("Picked up JAVA_TOOL_OPTIONS")) {
        continue;
      }
      assertThat(line).as("a log line").startsWith("{");
      lines.add(JSON.readTree(line));
    }
    return lines;
  }

  /** The Flowroute keys as they travel, in the Basic authorization of every call. */
  private String basicCredentials() {
    String pair =
        stack.emulator().config().accessKey() + ":" + stack.emulator().config().secretKey();
    return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private Optional<Export> exportOf(byte[] traceId) {
    synchronized (exports) {
      return exports.stream().filter(e -> contains(e.body(), traceId)).findFirst();
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static String randomHex(int bytes) {
    byte[] value = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(value);
    value[0] |= 1; // never all zeros, which W3C trace context treats as invalid
    return HexFormat.of().formatHex(value);
  }
}
