package dev.switchboard.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The JWT authentication goes through the caching parser, which still refuses bad tokens. */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class TokenCacheTest {

  FlowrouteEmulator emulator;

  @Inject JWTParser parser;

  @Test
  void a_token_verified_once_is_reused_and_a_tampered_one_is_still_refused() throws Exception {
    String token = Tokens.only(emulator, "messages:read");

    JsonWebToken first = parser.parse(token);
    JsonWebToken again = parser.parse(token);

    assertThat(again).isSameAs(first);
    assertThat(first.getGroups()).contains("messages:read");
    String[] parts = token.split("\\.");
    String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
    assertThatThrownBy(() -> parser.parse(tampered)).isInstanceOf(ParseException.class);
  }
}
