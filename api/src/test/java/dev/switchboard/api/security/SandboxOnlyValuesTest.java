package dev.switchboard.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.api.security.SandboxOnlyValues.ConsoleOidc;
import dev.switchboard.api.security.SandboxOnlyValues.Settings;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SandboxOnlyValuesTest {

  static Settings production() {
    return production(
        new ConsoleOidc(
            Optional.of("https://auth.example.com/realms/ops"),
            // The same client name as the sandbox's is fine: a client id is no secret.
            Optional.of("switchboard-console"),
            Optional.of("a-real-console-client-secret")));
  }

  static Settings production(ConsoleOidc console) {
    return new Settings(
        "b7f3c1e9d2a84c6f",
        "48213377",
        "a-real-flowroute-secret",
        Optional.of("https://auth.example.com/.well-known/jwks.json"),
        Optional.of("https://auth.example.com/"),
        Optional.of("switchboard"),
        console);
  }

  @Test
  void a_production_configuration_passes() {
    assertThat(SandboxOnlyValues.refusals(production())).isEmpty();
  }

  @Test
  void the_sandbox_defaults_are_each_refused_naming_the_setting_and_its_variable() {
    List<String> refusals =
        SandboxOnlyValues.refusals(
            new Settings(
                "sandbox-webhook-secret",
                "1111111",
                "sandbox-secret-key",
                Optional.of("http://127.0.0.1:8090/sandbox/jwks"),
                Optional.of("switchboard-sandbox"),
                Optional.empty()));

    assertThat(refusals).hasSize(6);
    assertThat(String.join("\n", refusals))
        .contains("switchboard.webhooks.secret (SWITCHBOARD_WEBHOOKS_SECRET)")
        .contains("switchboard.flowroute.access-key (SWITCHBOARD_FLOWROUTE_ACCESS_KEY)")
        .contains("switchboard.flowroute.secret-key (SWITCHBOARD_FLOWROUTE_SECRET_KEY)")
        .contains("mp.jwt.verify.publickey.location (MP_JWT_VERIFY_PUBLICKEY_LOCATION)")
        .contains("mp.jwt.verify.issuer (MP_JWT_VERIFY_ISSUER)")
        .contains("mp.jwt.verify.audiences (MP_JWT_VERIFY_AUDIENCES)")
        // The values themselves are never printed.
        .doesNotContain("sandbox-webhook-secret")
        .doesNotContain("sandbox-secret-key")
        .doesNotContain("1111111");
  }

  @Test
  void the_emulators_jwks_is_refused_on_any_host_and_port() {
    Settings settings = production();
    Settings emulator =
        new Settings(
            settings.webhookSecret(),
            settings.flowrouteAccessKey(),
            settings.flowrouteSecretKey(),
            Optional.of("http://sandbox.internal:18590/sandbox/jwks"),
            settings.issuer(),
            settings.audiences());
    assertThat(SandboxOnlyValues.refusals(emulator))
        .singleElement()
        .asString()
        .startsWith("mp.jwt.verify.publickey.location");
  }

  @Test
  void a_blank_audience_is_as_good_as_none() {
    Settings settings = production();
    Settings blank =
        new Settings(
            settings.webhookSecret(),
            settings.flowrouteAccessKey(),
            settings.flowrouteSecretKey(),
            settings.jwksLocation(),
            settings.issuer(),
            Optional.of(" "));
    assertThat(SandboxOnlyValues.refusals(blank))
        .singleElement()
        .asString()
        .startsWith("mp.jwt.verify.audiences");
  }

  @Test
  void the_consoles_sandbox_sign_in_is_refused_without_printing_its_secret() {
    Settings emulator =
        production(
            new ConsoleOidc(
                Optional.of("http://sandbox.internal:18590/sandbox/oidc/"),
                Optional.of("switchboard-console"),
                Optional.of("sandbox-console-secret")));

    List<String> refusals = SandboxOnlyValues.refusals(emulator);

    assertThat(refusals).hasSize(2);
    assertThat(String.join("\n", refusals))
        .contains("quarkus.oidc.auth-server-url (QUARKUS_OIDC_AUTH_SERVER_URL)")
        .contains("quarkus.oidc.credentials.secret (QUARKUS_OIDC_CREDENTIALS_SECRET)")
        .doesNotContain("sandbox-console-secret");
  }
}
