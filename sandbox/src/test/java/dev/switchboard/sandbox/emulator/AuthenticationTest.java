package dev.switchboard.sandbox.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthenticationTest extends EmulatorTestBase {

  @Test
  void answers_401_with_the_flowroute_error_body_without_credentials() {
    FlowrouteClient anonymous = new FlowrouteClient(emulator.url(), null, null);

    FlowrouteClient.Response response = anonymous.sendSms(OURS, PHONE, "hi");

    assertFlowrouteError(response, 401);
    assertThat(response.error().path("title").asText()).isEqualTo("Unauthorized");
    assertThat(response.error().path("detail").asText()).isEqualTo("Authentication failed.");
    assertThat(emulator.acceptedSends()).isZero();
  }

  @Test
  void answers_401_with_a_wrong_secret_key() {
    FlowrouteClient wrong = new FlowrouteClient(emulator.url(), "1111111", "not-the-secret");

    assertFlowrouteError(wrong.get("/v2.1/messages?start_date=2020-01-01"), 401);
    assertFlowrouteError(wrong.sendSms(OURS, PHONE, "hi"), 401);
  }

  @Test
  void accepts_the_configured_access_and_secret_key() {
    assertThat(client.get("/v2.1/messages?start_date=2020-01-01").status()).isEqualTo(200);
  }

  @Test
  void answers_404_for_unknown_paths_and_405_for_wrong_methods() {
    assertFlowrouteError(client.get("/v2/nothing-here"), 404);
    assertFlowrouteError(client.delete("/v2.1/messages"), 405);
  }
}
