package dev.switchboard.api.console;

import static dev.switchboard.api.console.ConsoleSession.signedIn;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * The console's protections without a browser: sign-in through the identity provider's code flow,
 * the API left on bearer tokens, the security headers, and forms refused without their CSRF token.
 */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class ConsoleSecurityTest {

  FlowrouteEmulator emulator;

  @Test
  void a_visitor_without_a_session_is_sent_to_the_identity_provider() {
    Response page = given().redirects().follow(false).get("/console/messages");

    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.header("Location")).startsWith(emulator.url() + "/sandbox/oidc/authorize?");
  }

  @Test
  void inbound_media_is_served_only_behind_the_consoles_sign_in() {
    Response medium =
        given()
            .redirects()
            .follow(false)
            .get("/console/messages/" + java.util.UUID.randomUUID() + "/media/0");

    assertThat(medium.statusCode()).isEqualTo(302);
    assertThat(medium.header("Location")).startsWith(emulator.url() + "/sandbox/oidc/authorize?");
  }

  @Test
  void the_api_still_answers_a_missing_token_with_a_401_problem_not_a_sign_in() {
    Response api = given().redirects().follow(false).get("/v1/messages");

    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.header("Location")).isNull();
  }

  @Test
  void a_signed_in_page_has_a_strict_content_security_policy() throws Exception {
    Response page = signedIn().get("/console/messages");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.header("Content-Security-Policy"))
        .contains("script-src 'self'")
        .contains("style-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(page.body().asString()).doesNotContain("<style").doesNotContain("style=\"");
  }

  @Test
  void a_form_posted_without_its_csrf_token_is_refused() throws Exception {
    Response post =
        signedIn()
            .contentType("application/x-www-form-urlencoded")
            .formParam("peer", "+12065557777")
            .formParam("reason", "forged")
            .post("/console/opt-outs");

    assertThat(post.statusCode()).isEqualTo(403);
    Response list = signedIn().get("/console/opt-outs?peer=%2B12065557777");
    assertThat(list.body().asString()).contains("No opt-out matches");
  }
}
