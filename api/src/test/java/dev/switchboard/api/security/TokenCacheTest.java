package dev.switchboard.api.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JsonWebTokenCredential;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * The JWT authentication goes through the caching parser, which still refuses bad tokens, and a
 * token it verified a moment ago is authenticated again on the event loop with the same rights.
 */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class TokenCacheTest {

  FlowrouteEmulator emulator;

  @Inject JWTParser parser;

  @Inject VerifiedTokenIdentity verifiedIdentity;

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

  @Test
  void a_token_verified_once_is_authenticated_again_with_its_own_scopes_and_no_more() {
    String token = Tokens.only(emulator, "messages:read");
    given().auth().oauth2(token).get("/v1/messages?limit=1").then().statusCode(200);

    SecurityIdentity identity =
        verifiedIdentity
            .authenticate(new TokenAuthenticationRequest(new JsonWebTokenCredential(token)), null)
            .await()
            .indefinitely();

    assertThat(identity.getRoles()).contains("messages:read").doesNotContain("messages:send");
    assertThat(identity.getPrincipal()).isInstanceOf(JsonWebToken.class);
    // Through the cached identity, the token's rights are still its own.
    given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body("{\"from\":\"+12065550100\",\"to\":\"+12065550123\",\"body\":\"Hi\"}")
        .post("/v1/messages")
        .then()
        .statusCode(403);
    given().auth().oauth2(token).get("/v1/messages?limit=1").then().statusCode(200);
  }

  @Test
  void a_token_not_verified_yet_or_from_another_mechanism_is_left_to_smallrye() {
    String unseen = Tokens.only(emulator, "messages:read", "numbers:read");
    String seen = Tokens.only(emulator, "messages:read");
    given().auth().oauth2(seen).get("/v1/messages?limit=1").then().statusCode(200);

    assertThat(
            verifiedIdentity
                .authenticate(
                    new TokenAuthenticationRequest(new JsonWebTokenCredential(unseen)), null)
                .await()
                .indefinitely())
        .isNull();
    assertThat(
            verifiedIdentity
                .authenticate(
                    new TokenAuthenticationRequest(new TokenCredential(seen, "bearer")), null)
                .await()
                .indefinitely())
        .isNull();
  }
}
