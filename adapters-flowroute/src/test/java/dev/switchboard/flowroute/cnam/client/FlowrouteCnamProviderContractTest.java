package dev.switchboard.flowroute.cnam.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.domain.cnam.CallerName;
import dev.switchboard.domain.cnam.port.out.CnamProvider;
import dev.switchboard.domain.cnam.port.out.CnamProviderContract;
import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.CarrierAccount;
import dev.switchboard.flowroute.EmulatedAccount;
import dev.switchboard.flowroute.FlowrouteEmulatorResource;
import dev.switchboard.flowroute.http.FlowrouteHttpException;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.FlowrouteNumberErrors;
import dev.switchboard.flowroute.http.FlowrouteNumberErrors.Endpoint;
import dev.switchboard.flowroute.numbers.client.FlowrouteCatalogue;
import dev.switchboard.flowroute.numbers.client.FlowrouteNumberProvider;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import dev.switchboard.sandbox.emulator.control.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;

/** The CNAM port contract, run over HTTP against the sandbox's Flowroute emulator. */
@QuarkusTest
@WithTestResource(FlowrouteEmulatorResource.class)
class FlowrouteCnamProviderContractTest extends CnamProviderContract {

  @Inject FlowrouteCnamProvider provider;
  @Inject FlowrouteCatalogue catalogue;
  @Inject FlowrouteNumberProvider numbers;
  @Inject @RestClient FlowrouteCnamApi api;

  @FlowrouteEmulatorResource.Emulator FlowrouteEmulator emulator;

  @Override
  protected CnamProvider provider() {
    return provider;
  }

  @Override
  protected CarrierAccount account() {
    return new EmulatedAccount(emulator, catalogue, numbers);
  }

  @Override
  protected void approve(String id) {
    emulator.approveCnam(id);
  }

  @Override
  protected void reject(String id, String reason) {
    emulator.rejectCnam(id, reason);
  }

  @Override
  protected Optional<String> callerNameOf(E164Number number) {
    return numbers.details(number).cnamId();
  }

  @Test
  void assigns_on_the_documented_plural_path() {
    E164Number number = aPurchasedLocalNumber();
    String id = provider.create(new CallerName("ACME")).id();
    approve(id);

    provider.assign(number, id);

    LoggedRequest request = emulator.requests().get(emulator.requests().size() - 1);
    assertThat(request.method()).isEqualTo("PATCH");
    assertThat(request.path())
        .isEqualTo("/v2/numbers/" + number.elevenDigits() + "/relationships/cnams/" + id);
  }

  /**
   * Our domain refuses every value the emulator would, so its refusal can only be reached with a
   * body the domain would never build; this shows how that refusal reads.
   */
  @Test
  void a_value_flowroute_refuses_is_rejected_input_naming_the_value() {
    FlowrouteHttpException refused =
        catchThrowableOfType(
            () -> api.create(new CnamCreateRequest("12345")), FlowrouteHttpException.class);

    DomainException e =
        new FlowrouteNumberErrors(FlowrouteJson.mapper())
            .fromResponse(Endpoint.CNAM_CREATE, refused.status(), null, refused.body());

    assertThat(e).isInstanceOf(ValidationException.class);
    assertThat(e.code()).isEqualTo("flowroute-rejected-input");
    assertThat(e.getMessage()).startsWith("value: ").contains("letter");
  }
}
