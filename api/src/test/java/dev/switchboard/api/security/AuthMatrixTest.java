package dev.switchboard.api.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.api.support.OpenApiOperations;
import dev.switchboard.api.support.OpenApiOperations.Operation;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every {@code /v1} operation of the OpenAPI document, with every kind of bad credential: 401 for a
 * missing or unacceptable token, 403 for a valid token without the scope, never a 2xx.
 */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class AuthMatrixTest {

  FlowrouteEmulator emulator;

  /** The bad credentials, by name; null means no Authorization header at all. */
  Map<String, String> unacceptable() {
    Map<String, String> tokens = new LinkedHashMap<>();
    tokens.put("no token", null);
    String valid = Tokens.all(emulator);
    tokens.put("forged signature", valid.substring(0, valid.lastIndexOf('.') + 1) + "AAAA");
    tokens.put("alg none", Tokens.unsigned());
    Map<String, Object> expired = Tokens.claims();
    expired.put("iat", Instant.now().minusSeconds(7200).getEpochSecond());
    expired.put("exp", Instant.now().minusSeconds(3600).getEpochSecond());
    tokens.put("expired", Tokens.signed(emulator, expired));
    Map<String, Object> issuer = Tokens.claims();
    issuer.put("iss", "https://someone-else.example.com/");
    tokens.put("wrong issuer", Tokens.signed(emulator, issuer));
    Map<String, Object> audience = Tokens.claims();
    audience.put("aud", "another-service");
    tokens.put("wrong audience", Tokens.signed(emulator, audience));
    Map<String, Object> noAudience = Tokens.claims();
    noAudience.remove("aud");
    tokens.put("no audience", Tokens.signed(emulator, noAudience));
    tokens.put("garbage", "not.a.jwt");
    return tokens;
  }

  RequestSpecification request(Operation operation, String token) {
    RequestSpecification request = given().redirects().follow(false);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (operation.hasBody()) {
      request.contentType("application/json").body("{}");
    }
    return request;
  }

  Response call(Operation operation, String token) {
    // A well-formed id for every path parameter: the refusal must come from the token alone.
    return request(operation, token).request(operation.method(), operation.pathWith("12065550100"));
  }

  @Test
  void every_v1_operation_refuses_every_unacceptable_token_with_401() {
    List<Operation> operations = OpenApiOperations.under("/v1/");
    assertThat(operations).hasSizeGreaterThan(20);
    List<String> wrong = new ArrayList<>();
    // The valid token is used first, so that it is in the verified-token cache: the bad ones
    // must be refused through that cache too.
    call(operations.get(0), Tokens.all(emulator));
    for (Map.Entry<String, String> token : unacceptable().entrySet()) {
      for (Operation operation : operations) {
        Response response = call(operation, token.getValue());
        if (response.statusCode() != 401
            || !response.contentType().startsWith("application/problem+json")) {
          wrong.add(token.getKey() + " → " + operation + ": " + response.statusCode());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void every_v1_operation_refuses_a_valid_token_without_its_scope_with_403() {
    List<Operation> operations = OpenApiOperations.under("/v1/");
    String noScopes = emulator.tokens().issue(Set.of());
    String unrelated = emulator.tokens().issue(Set.of("reports:read"));
    List<String> wrong = new ArrayList<>();
    for (String token : List.of(noScopes, unrelated)) {
      for (Operation operation : operations) {
        Response response = call(operation, token);
        if (response.statusCode() != 403
            || !response.contentType().startsWith("application/problem+json")) {
          wrong.add(operation + ": " + response.statusCode());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void a_read_scope_does_not_open_the_writes_of_its_area() {
    List<String> wrong = new ArrayList<>();
    String readOnly = Tokens.only(emulator, "messages:read", "numbers:read");
    for (Operation operation : OpenApiOperations.under("/v1/")) {
      if (operation.method().equals("get")) {
        continue;
      }
      Response response = call(operation, readOnly);
      if (response.statusCode() != 403) {
        wrong.add(operation + ": " + response.statusCode());
      }
    }
    assertThat(wrong).isEmpty();
  }
}
