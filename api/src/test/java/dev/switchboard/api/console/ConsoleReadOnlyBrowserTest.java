package dev.switchboard.api.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import dev.switchboard.sandbox.emulator.token.OidcProviderApi;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The console for a read-only operator (only {@code messages:read} and {@code numbers:read}), in a
 * browser of its own: signed in through the emulator's provider with {@code login_hint=read-only},
 * it is shown no form that changes anything, and the server refuses such a post even with a valid
 * CSRF token. Skipped, saying why, where no browser is installed.
 */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class ConsoleReadOnlyBrowserTest extends BrowserTest {

  FlowrouteEmulator emulator;

  @Test
  void a_read_only_operator_sees_no_forms_and_a_forged_post_is_forbidden() throws Exception {
    // A scheduled message: the page a sending operator is offered its cancel button on.
    String scheduled =
        given()
            .auth()
            .oauth2(Tokens.all(emulator))
            .contentType("application/json")
            .body(
                Map.of(
                    "from",
                    ConsoleBrowserTest.OUR_NUMBER,
                    "to",
                    "+12065558" + (100 + (int) (Math.random() * 899)),
                    "body",
                    "later " + UUID.randomUUID(),
                    "sendAt",
                    Instant.now().plus(Duration.ofDays(1)).toString()))
            .post("/v1/messages")
            .then()
            .statusCode(202)
            .extract()
            .path("id");

    browser.get(
        SandboxServices.APP_URL + "/console/messages?login_hint=" + OidcProviderApi.READ_ONLY_HINT);
    wait.until(ExpectedConditions.titleContains("Messages"));
    assertThat(browser.findElement(By.className("who")).getText()).contains("Read-only Operator");
    assertThat(browser.findElements(By.linkText("Send"))).isEmpty();

    String number = ConsoleBrowserTest.OUR_NUMBER.replace("+", "%2B");
    for (String page :
        List.of(
            "/console/messages",
            "/console/messages/" + scheduled,
            "/console/conversation?number=" + number + "&peer=%2B12065550199",
            "/console/opt-outs",
            "/console/numbers",
            "/console/numbers/" + number,
            "/console/catalogue?startsWith=206",
            "/console/routes",
            "/console/e911s",
            "/console/caller-names")) {
      browser.get(SandboxServices.APP_URL + page);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
      assertThat(browser.findElements(By.cssSelector("form[method=post], form[method=POST]")))
          .as("forms that change something on %s", page)
          .isEmpty();
      assertThat(browser.findElements(By.cssSelector("button.danger"))).as(page).isEmpty();
    }
    browser.get(SandboxServices.APP_URL + "/console/messages/" + scheduled);
    Browsers.screenshot(browser, "read-only-message");

    // The browser's own session, and a CSRF cookie with its matching field: only the scopes stop
    // it.
    Map<String, String> cookies = new HashMap<>();
    for (Cookie cookie : browser.manage().getCookies()) {
      cookies.put(cookie.getName(), cookie.getValue());
    }
    cookies.put(ConsoleCsrf.NAME, "read-only-test-token");
    Response post =
        forged(cookies, "/console/opt-outs", Map.of("peer", "+12065557778", "reason", "tried"));
    assertThat(post.statusCode()).isEqualTo(403);
    assertThat(post.body().asString()).doesNotContain("did not come from the console");
    assertThat(forged(cookies, "/console/messages/" + scheduled + "/cancel", Map.of()).statusCode())
        .isEqualTo(403);
    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .get("/v1/messages/" + scheduled)
        .then()
        .statusCode(200)
        .body("status", org.hamcrest.Matchers.not("CANCELED"));
  }

  /** A form posted with the browser's session and a CSRF cookie whose field matches it. */
  private static Response forged(Map<String, String> cookies, String path, Map<String, ?> form) {
    return given()
        .redirects()
        .follow(false)
        .cookies(cookies)
        .contentType("application/x-www-form-urlencoded")
        .formParam(ConsoleCsrf.NAME, cookies.get(ConsoleCsrf.NAME))
        .formParams(form)
        .post(path);
  }
}
