package dev.switchboard.flowroute.numbers.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.numbers.CallbackKind;
import dev.switchboard.domain.numbers.NumberSearches;
import dev.switchboard.domain.numbers.ProviderResult;
import dev.switchboard.domain.numbers.port.out.NumberCatalogue;
import dev.switchboard.domain.numbers.port.out.NumberProvider;
import dev.switchboard.domain.numbers.port.out.NumberProviderContract;
import dev.switchboard.domain.routes.port.out.RouteProvider;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.port.out.CarrierAccount;
import dev.switchboard.flowroute.EmulatedAccount;
import dev.switchboard.flowroute.FlowrouteEmulatorResource;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.routes.client.FlowrouteRouteProvider;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import dev.switchboard.sandbox.emulator.control.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
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

  @FlowrouteEmulatorResource.Emulator FlowrouteEmulator emulator;

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
