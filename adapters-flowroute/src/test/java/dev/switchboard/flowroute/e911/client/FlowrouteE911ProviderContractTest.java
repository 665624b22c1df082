package dev.switchboard.flowroute.e911.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.domain.e911.port.out.E911Provider;
import dev.switchboard.domain.e911.port.out.E911ProviderContract;
import dev.switchboard.domain.shared.DomainException;
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
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;

/** The E911 port contract, run over HTTP against the sandbox's Flowroute emulator. */
@QuarkusTest
@WithTestResource(FlowrouteEmulatorResource.class)
class FlowrouteE911ProviderContractTest extends E911ProviderContract {

  @Inject FlowrouteE911Provider provider;
  @Inject FlowrouteCatalogue catalogue;
  @Inject FlowrouteNumberProvider numbers;
  @Inject @RestClient FlowrouteE911Api api;

  @FlowrouteEmulatorResource.Emulator FlowrouteEmulator emulator;

  @Override
  protected E911Provider provider() {
    return provider;
  }

  @Override
  protected CarrierAccount account() {
    return new EmulatedAccount(emulator, catalogue, numbers);
  }

  @Test
  void sends_the_address_as_a_json_api_envelope_of_strings() {
    provider.validate(office("HQ", "3rd Ave"));

    LoggedRequest request = emulator.requests().get(emulator.requests().size() - 1);
    assertThat(request.path()).isEqualTo("/v2/e911s/validate");
    assertThat(request.headers().get("content-type")).contains(FlowrouteJson.JSON_API);
    assertThat(request.body().path("data").path("type").asText()).isEqualTo("e911");
    assertThat(request.body().path("data").path("attributes").path("address_type").asText())
        .isEqualTo("Suite");
    request
        .body()
        .path("data")
        .path("attributes")
        .forEach(value -> assertThat(value.isTextual()).isTrue());
  }

  /**
   * Our domain refuses every field the emulator would, so its field-by-field refusal can only be
   * reached with a body the domain would never build; this shows how that refusal reads.
   */
  @Test
  void a_field_refusal_names_each_field_with_its_message() {
    E911Request body =
        new E911Request(
            new E911Request.Data(
                "e911",
                new E911Request.Attributes(
                    "HQ", "Chris", "Smith", "3rd Ave", "1182", null, null, "Seattle", "WA", "US",
                    "123")));
    FlowrouteHttpException refused =
        catchThrowableOfType(() -> api.validate(body), FlowrouteHttpException.class);

    DomainException e =
        new FlowrouteNumberErrors(FlowrouteJson.mapper())
            .fromResponse(Endpoint.E911_WRITE, refused.status(), null, refused.body());

    assertThat(e).isInstanceOf(ValidationException.class);
    assertThat(e.code()).isEqualTo("flowroute-rejected-input");
    assertThat(e.getMessage()).startsWith("zip: ").contains("at least 4 and at most 7");
  }
}
