package dev.switchboard.flowroute.numbersv1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.numbers.NumberSearches;
import dev.switchboard.domain.numbers.port.out.NumberCatalogue;
import dev.switchboard.domain.numbers.port.out.NumberProvider;
import dev.switchboard.domain.numbers.port.out.NumberProviderContract;
import dev.switchboard.domain.routes.port.out.RouteProvider;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.port.out.CarrierAccount;
import dev.switchboard.flowroute.EmulatedAccount;
import dev.switchboard.flowroute.FlowrouteEmulatorResource;
import dev.switchboard.flowroute.numbers.client.FlowrouteNumberProvider;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import dev.switchboard.sandbox.emulator.control.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The numbers and routes ports' contract, run over HTTP against the emulator's Numbers v1 with the
 * HMAC-signed v1 adapters: what v1 lacks is expected refused.
 */
@QuarkusTest
@WithTestResource(FlowrouteEmulatorResource.class)
class NumbersV1ContractTest extends NumberProviderContract {

  @Inject NumbersV1Catalogue catalogue;
  @Inject NumbersV1NumberProvider provider;
  @Inject NumbersV1RouteProvider routes;
  @Inject FlowrouteNumberProvider v2;

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
  protected Set<Operation> lacks() {
    return EnumSet.allOf(Operation.class);
  }

  @Override
  protected CarrierAccount account() {
    return new EmulatedAccount(emulator, catalogue, provider);
  }

  @Test
  void signs_every_request_and_sends_only_v1_paths() {
    catalogue.searchAvailable(NumberSearches.first(3));

    LoggedRequest request = emulator.requests().get(emulator.requests().size() - 1);
    assertThat(request.path()).isEqualTo("/v1/available-tns/tns/");
    assertThat(request.headers().get("x-timestamp"))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(emulator.requests()).allSatisfy(r -> assertThat(r.path()).startsWith("/v1/"));
  }

  @Test
  void a_number_bought_through_v1_is_on_the_account_v2_shows() {
    E164Number number = catalogue.searchAvailable(NumberSearches.first(1)).items().get(0).number();

    provider.purchase(number, false, true);

    assertThat(v2.allNumbers()).contains(number);
    assertThat(v2.details(number).primaryRoute())
        .isEqualTo(provider.details(number).primaryRoute());
  }
}
