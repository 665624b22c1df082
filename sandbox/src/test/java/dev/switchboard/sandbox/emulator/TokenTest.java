package dev.switchboard.sandbox.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenTest extends EmulatorTestBase {

  private static final Base64.Decoder B64 = Base64.getUrlDecoder();

  @Test
  void issues_an_rs256_token_that_verifies_against_the_jwks() throws Exception {
    JsonNode token = client.get("/sandbox/token?scope=messages:send%20numbers:read").json();
    JsonNode jwk = client.get("/sandbox/jwks").json().path("keys").path(0);

    assertThat(token.path("token_type").asText()).isEqualTo("Bearer");
    assertThat(token.path("expires_in").asInt()).isEqualTo(86400);
    String[] parts = token.path("access_token").asText().split("\\.");
    assertThat(parts).hasSize(3);
    JsonNode header = FlowrouteClient.MAPPER.readTree(B64.decode(parts[0]));
    JsonNode claims = FlowrouteClient.MAPPER.readTree(B64.decode(parts[1]));
    assertThat(header.path("alg").asText()).isEqualTo("RS256");
    assertThat(header.path("kid").asText()).isEqualTo(jwk.path("kid").asText());
    assertThat(jwk.path("kty").asText()).isEqualTo("RSA");
    assertThat(jwk.path("use").asText()).isEqualTo("sig");
    assertThat(jwk.path("n").asText()).doesNotContain("=");

    PublicKey key =
        KeyFactory.getInstance("RSA")
            .generatePublic(
                new RSAPublicKeySpec(
                    new BigInteger(1, B64.decode(jwk.path("n").asText())),
                    new BigInteger(1, B64.decode(jwk.path("e").asText()))));
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(key);
    verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(verifier.verify(B64.decode(parts[2]))).isTrue();

    assertThat(claims.path("iss").asText()).isEqualTo("switchboard-sandbox");
    assertThat(claims.path("sub").asText()).isEqualTo("sandbox-user");
    assertThat(claims.path("aud").asText()).isEqualTo("switchboard");
    assertThat(claims.path("upn").asText()).isNotBlank();
    assertThat(claims.path("scope").asText()).isEqualTo("messages:send numbers:read");
    assertThat(claims.path("jti").asText()).isNotBlank();
    long now = Instant.now().getEpochSecond();
    assertThat(claims.path("iat").asLong()).isBetween(now - 60, now + 1);
    assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(86400);
  }

  @Test
  void a_tampered_token_does_not_verify() throws Exception {
    String[] parts = emulator.tokens().issue().split("\\.");
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                new String(B64.decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("sandbox-user", "someone-else")
                    .getBytes(StandardCharsets.UTF_8));
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(emulator.tokens().publicKey());
    verifier.update((parts[0] + "." + forged).getBytes(StandardCharsets.US_ASCII));

    assertThat(verifier.verify(B64.decode(parts[2]))).isFalse();
  }

  @Test
  void the_default_token_carries_the_four_scopes() throws Exception {
    JsonNode claims =
        FlowrouteClient.MAPPER.readTree(B64.decode(emulator.tokens().issue().split("\\.")[1]));

    assertThat(claims.path("scope").asText().split(" "))
        .containsExactlyInAnyOrder(
            "messages:send", "messages:read", "numbers:read", "numbers:write");
  }
}
