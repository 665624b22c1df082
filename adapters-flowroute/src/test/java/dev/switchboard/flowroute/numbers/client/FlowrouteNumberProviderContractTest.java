package dev.switchboard.flowroute.numbers.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import dev.switchboard.domain.numbers.CallbackKind;
import dev.switchboard.domain.numbers.NumberSearches;
import dev.switchboard.domain.numbers.ProviderResult;
import dev.switchboard.domain.numbers.port.out.NumberCatalogue;
import dev.switchboard.domain.numbers.port.out.NumberProvider;
import dev.switchboard.domain.numbers.port.out.NumberProviderContract;
import dev.switchboard.domain.routes.port.out.RouteProvider;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.UpstreamException;
import dev.switchboard.domain.shared.port.out.CarrierAccount;
import dev.switchboard.flowroute.EmulatedAccount;
import dev.switchboard.flowroute.FlowrouteEmulatorResource;
import dev.switchboard.flowroute.http.FlowrouteGuard;
import dev.switchboard.flowroute.http.FlowrouteHttpException;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.routes.client.FlowrouteRouteProvider;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import dev.switchboard.sandbox.emulator.control.LoggedRequest;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The numbers and routes ports' contract, run over HTTP against the sandbox's Flowroute emulator.
 */
@QuarkusTest
@WithTestResource(FlowrouteEmulatorResource.class)
class FlowrouteNumberProviderContractTest extends NumberProviderContract {

  @Inject FlowrouteCatalogue catalogue;
  @Inject FlowrouteNumberProvider provider;
  @Inject FlowrouteRouteProvider routes;

  @Inject CircuitBreakerMaintenance breakers;

  @FlowrouteEmulatorResource.Emulator FlowrouteEmulator emulator;

  /** A test that made Flowroute fail leaves it well and the breaker closed for the next. */
  @AfterEach
  void flowrouteWellAgain() {
    emulator.faults().setDown(false).setLatency(Duration.ZERO);
    breakers.reset(FlowrouteGuard.NAME);
  }

  @Override
  protected NumberCatalogue catalogue() {
    return catalogue;
  }

  @Override
  protected NumberProvider provider() {
    return provider;
  }

  @Override
  protected RouteProvider routes() {
    return routes;
  }

  @Override
  protected CarrierAccount account() {
    return new EmulatedAccount(emulator, catalogue, provider);
  }

  @Test
  void a_purchase_whose_messaging_fails_reports_flowroutes_partial_failure() {
    E164Number number = catalogue.searchAvailable(NumberSearches.first(1)).items().get(0).number();
    emulator.faults().failNextMessagingProvisioning(1);

    ProviderResult result = provider.purchase(number, false, true);

    assertThat(result.partialFailure())
        .hasValueSatisfying(text -> assertThat(text).contains("messaging"));
    assertThat(result.number().number()).isEqualTo(number);
    assertThat(result.number().messagingEnabled()).isFalse();
    assertThat(provider.allNumbers()).contains(number);
  }

  @Test
  void asks_flowroute_for_json_api_answers() {
    routes.edgeStrategies();

    LoggedRequest request = emulator.requests().get(emulator.requests().size() - 1);
    assertThat(request.path()).isEqualTo("/v2/routes/edge_strategies");
    assertThat(request.headers().get("accept")).contains(FlowrouteJson.JSON_API);
  }

  @Test
  void a_failing_flowroute_opens_the_circuit_breaker_which_then_refuses_without_calling_it() {
    breakers.reset(FlowrouteGuard.NAME);
    emulator.faults().setDown(true);
    // The breaker judges the last 10 calls (request-volume-threshold); each fails after retries.
    for (int i = 0; i < 10; i++) {
      assertThat(searchFailure().problem()).isEqualTo(ProblemType.FLOWROUTE_UNAVAILABLE);
    }
    int received = emulator.requests().size();

    UpstreamException open = searchFailure();

    assertThat(open.problem()).isEqualTo(ProblemType.FLOWROUTE_CIRCUIT_OPEN);
    assertThat(open.retryAfter()).contains(Duration.ofSeconds(10));
    assertThat(emulator.requests()).hasSize(received);
  }

  @Test
  void a_call_slower_than_the_call_timeout_is_flowroute_unavailable() {
    // switchboard.flowroute.call-timeout is 3 s in these tests; each attempt would take 4 s.
    emulator.faults().setLatency(Duration.ofSeconds(4));
    long start = System.nanoTime();

    UpstreamException slow = searchFailure();

    // Given up at the timeout: no retry after it (a retry would make it at least 7 s).
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(3900));
    assertThat(slow.problem()).isEqualTo(ProblemType.FLOWROUTE_UNAVAILABLE);
    assertThat(slow.getMessage()).contains("did not answer within 3000 ms");
    assertThat(emulator.requests().get(emulator.requests().size() - 1).path())
        .isEqualTo("/v2/numbers/available");
    // The abandoned attempt ends at the emulator a second later; the next test must not wait on it.
    emulator.faults().setLatency(Duration.ZERO);
    long settled = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (searchFailure() != null) {
      assertThat(System.nanoTime()).as("Flowroute answering again").isLessThan(settled);
    }
  }

  /**
   * The REST client's own error mapper over real HTTP: a proxy's HTML refusal reaches the adapters'
   * error mapping with its status, Retry-After and text, and is answered as before.
   */
  @Test
  void a_refusal_that_is_not_json_reaches_the_error_mapping_with_status_retry_after_and_text()
      throws Exception {
    try (StubFlowroute stub = new StubFlowroute(503, "text/html", "<html>Bad gateway</html>")) {
      FlowrouteNumbersApi api = stub.client();

      FlowrouteHttpException refused =
          catchThrowableOfType(FlowrouteHttpException.class, () -> api.number("12065550100"));
      UpstreamException mapped =
          catchThrowableOfType(
              UpstreamException.class,
              () ->
                  new FlowrouteNumberProvider(api, wait -> {})
                      .details(E164Number.parse("12065550100")));

      assertThat(refused.status()).isEqualTo(503);
      assertThat(refused.retryAfter()).isEqualTo("7");
      assertThat(refused.body()).isEqualTo("<html>Bad gateway</html>");
      assertThat(mapped.problem()).isEqualTo(ProblemType.FLOWROUTE_UNAVAILABLE);
      assertThat(stub.requests()).isEqualTo(4);
    }
  }

  /** A 2xx the typed client cannot read is Flowroute's unusable answer, and not asked again. */
  @Test
  void a_success_whose_body_is_not_json_is_an_invalid_response_asked_once() throws Exception {
    try (StubFlowroute stub = new StubFlowroute(200, FlowrouteJson.JSON_API, "<html>ok</html>")) {
      UpstreamException unusable =
          catchThrowableOfType(
              UpstreamException.class,
              () ->
                  new FlowrouteNumberProvider(stub.client(), wait -> {})
                      .details(E164Number.parse("12065550100")));

      assertThat(unusable.problem()).isEqualTo(ProblemType.FLOWROUTE_INVALID_RESPONSE);
      assertThat(stub.requests()).isEqualTo(1);
    }
  }

  /** A Flowroute that gives one answer to every request and counts them. */
  private static final class StubFlowroute implements AutoCloseable {
    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    StubFlowroute(int status, String contentType, String body) throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/",
          exchange -> {
            requests.incrementAndGet();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.getResponseHeaders().add("Retry-After", "7");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
          });
      server.start();
    }

    FlowrouteNumbersApi client() {
      return QuarkusRestClientBuilder.newBuilder()
          .baseUri(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
          .build(FlowrouteNumbersApi.class);
    }

    int requests() {
      return requests.get();
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  private UpstreamException searchFailure() {
    return catchThrowableOfType(
        UpstreamException.class, () -> catalogue.searchAvailable(NumberSearches.first(3)));
  }

  /** Flowroute cannot read DID callbacks back; the emulator's request log shows what it got. */
  @Override
  protected Optional<String> callbackReceived(E164Number number, CallbackKind kind) {
    String path =
        "/v2/numbers/"
            + number.elevenDigits()
            + "/relationships/"
            + FlowrouteNumberProvider.callbackType(kind);
    List<LoggedRequest> received =
        emulator.requests().stream()
            .filter(r -> r.method().equals("POST") && r.path().equals(path))
            .toList();
    if (received.isEmpty()) {
      throw new AssertionError("the emulator received no POST " + path);
    }
    return Optional.of(
        received
            .get(received.size() - 1)
            .body()
            .path("data")
            .path("attributes")
            .path("callback_url")
            .asText());
  }
}
