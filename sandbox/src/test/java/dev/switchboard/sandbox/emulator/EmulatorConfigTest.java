package dev.switchboard.sandbox.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sandbox.emulator.account.AccountNumber;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmulatorConfigTest {

  @Test
  void starts_with_the_configured_credentials_numbers_issuer_and_messaging_api_version()
      throws Exception {
    EmulatorConfig config =
        EmulatorConfig.defaults()
            .withPort(0)
            .withCredentials("2222222", "another-secret")
            .withNumbers(List.of(new AccountNumber("12065550142", true)))
            .withJwtIssuer("another-issuer")
            .withMessagingApiVersion("v2.2");

    try (FlowrouteEmulator emulator = FlowrouteEmulator.start(config)) {
      assertThat(emulator.port()).isPositive().isEqualTo(URI.create(emulator.url()).getPort());
      FlowrouteClient configured = new FlowrouteClient(emulator.url(), "2222222", "another-secret");
      FlowrouteClient usual =
          new FlowrouteClient(
              emulator.url(), EmulatorConfig.DEFAULT_ACCESS_KEY, EmulatorConfig.DEFAULT_SECRET_KEY);
      assertThat(configured.get("/v2/numbers").status()).isEqualTo(200);
      assertThat(usual.get("/v2/numbers").status()).isEqualTo(401);
      assertThat(emulator.numbers()).containsExactly(new AccountNumber("12065550142", true));
      JsonNode claims =
          FlowrouteClient.MAPPER.readTree(
              Base64.getUrlDecoder().decode(emulator.tokens().issue().split("\\.")[1]));
      assertThat(claims.path("iss").asText()).isEqualTo("another-issuer");
      assertThat(emulator.messagingApiVersion()).isEqualTo("v2.2");

      emulator.setMessagingApiVersion("v2");
      assertThat(emulator.messagingApiVersion()).isEqualTo("v2");
      emulator.reset();
      assertThat(emulator.messagingApiVersion()).isEqualTo("v2.2");
    }
  }
}
