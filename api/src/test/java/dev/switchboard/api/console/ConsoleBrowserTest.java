package dev.switchboard.api.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.api.support.Purchases;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import dev.switchboard.sandbox.emulator.messaging.InboundRequest;
import dev.switchboard.sandbox.emulator.token.OidcProviderApi;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operator console in a real browser (Debian's headless Chromium through chromium-driver)
 * against the real stack: it signs in at the emulator's OIDC provider, sends through the form and
 * follows the message to DELIVERED. Skipped, saying why, where no browser is installed.
 */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest extends BrowserTest {

  static final String OUR_NUMBER = "+12065550100";

  FlowrouteEmulator emulator;

  @Test
  @Order(1)
  void an_operator_signs_in_through_the_identity_provider_and_sees_the_messages() {
    browser.get(SandboxServices.APP_URL + "/console/messages");
    wait.until(ExpectedConditions.titleContains("Messages"));
    assertThat(browser.getCurrentUrl()).startsWith(SandboxServices.APP_URL + "/console/messages");
    assertThat(browser.findElement(By.className("who")).getText()).contains("Sandbox Operator");
  }

  @Test
  @Order(2)
  void a_text_sent_from_the_form_is_listed_and_reaches_delivered_shown_as_text() throws Exception {
    String peer = "+1206555" + (1000 + (int) (Math.random() * 8999));
    String body = "<script>alert('x')</script> hello " + UUID.randomUUID();
    browser.get(SandboxServices.APP_URL + "/console/send");
    browser.findElement(By.id("from")).sendKeys(OUR_NUMBER);
    browser.findElement(By.id("to")).sendKeys(peer);
    browser.findElement(By.id("body")).sendKeys(body);
    browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();

    wait.until(ExpectedConditions.titleContains("Message "));
    // The body is customer input: shown as text, never run as markup.
    assertThat(browser.findElement(By.cssSelector("pre.body")).getText()).isEqualTo(body);
    assertThat(browser.findElements(By.cssSelector("main script"))).isEmpty();
    // htmx refreshes the status until it is final.
    wait.until(ExpectedConditions.textToBe(By.id("status"), "DELIVERED"));
    screenshot("message-detail");

    browser.get(
        SandboxServices.APP_URL
            + "/console/messages?number=%2B12065550100&peer="
            + peer.replace("+", "%2B"));
    WebElement row = browser.findElement(By.cssSelector("table.list tbody tr"));
    assertThat(row.getText()).contains(peer).contains("DELIVERED").contains("Out");
    screenshot("messages");

    // Its timeline, from the history kept beside its events, with Flowroute's receipt codes.
    row.findElement(By.cssSelector("a.preview")).click();
    wait.until(ExpectedConditions.titleContains("Message "));
    String timeline = browser.findElement(By.id("timeline")).getText();
    assertThat(timeline).contains("QUEUED").contains("SENT").contains("DELIVERED");
    assertThat(timeline).contains("code 1004: Message delivered to handset");
    assertThat(browser.findElement(By.id("receipts")).getText())
        .contains("1004")
        .contains("Message delivered to handset");
    screenshot("message-timeline");

    // The conversation shows the message as a thread item with its receipts inline.
    browser.findElement(By.linkText("The conversation")).click();
    wait.until(ExpectedConditions.titleContains("Conversation"));
    assertThat(browser.findElement(By.cssSelector(".thread .bubble.out .receipts")).getText())
        .contains("code 1004: Message delivered to handset");
    screenshot("conversation");

    // Found again by a few words of its text, in another case, without our number or the peer.
    String words = body.substring(body.indexOf("hello")).toUpperCase(java.util.Locale.ROOT);
    browser.get(SandboxServices.APP_URL + "/console/messages");
    browser.findElement(By.name("text")).sendKeys(words);
    browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("text="));
    List<WebElement> found = browser.findElements(By.cssSelector("table.list tbody tr"));
    assertThat(found).singleElement().extracting(WebElement::getText).asString().contains(peer);
    screenshot("messages-search");
  }

  @Test
  @Order(7)
  void an_inbound_mms_shows_its_image_inline_from_our_own_copy() throws IOException {
    String phone = "+1425557" + (1000 + (int) (Math.random() * 8999));
    String body = "picture " + UUID.randomUUID();
    emulator.sendInbound(
        InboundRequest.mms(phone, OUR_NUMBER, body, List.of("https://a.test/photo.png")));

    // A peer alone, in the last days: the console searches its window for it.
    browser.get(SandboxServices.APP_URL + "/console/messages?peer=" + phone.replace("+", "%2B"));
    refreshUntilFound(By.xpath("//a[@class='preview' and text()='" + body + "']")).click();
    wait.until(ExpectedConditions.titleContains("Message "));
    // The copy is made after the webhook is answered: the page shows it once it is.
    WebElement image = refreshUntilFound(By.cssSelector("img.inline-media"));
    assertThat(image.getAttribute("src"))
        .startsWith(SandboxServices.APP_URL + "/console/messages/")
        .contains("/media/0");
    // Loaded under the console's CSP (images from 'self' only): never Flowroute's link.
    wait.until(
        b ->
            ((Number)
                        ((JavascriptExecutor) b)
                            .executeScript(
                                "return arguments[0].complete ? arguments[0].naturalWidth : 0",
                                image))
                    .intValue()
                > 0);
    assertThat(browser.getPageSource()).doesNotContain("/sandbox/media/");
    screenshot("inbound-mms");

    browser.findElement(By.linkText("The conversation")).click();
    wait.until(ExpectedConditions.titleContains("Conversation"));
    assertThat(browser.findElements(By.cssSelector(".thread img.inline-media"))).isNotEmpty();
  }

  @Test
  @Order(3)
  void a_refused_send_shows_the_apis_problem_next_to_its_field() throws IOException {
    browser.get(SandboxServices.APP_URL + "/console/send");
    browser.findElement(By.id("from")).sendKeys("+12065550999");
    browser.findElement(By.id("to")).sendKeys("+12065550123");
    browser.findElement(By.id("body")).sendKeys("hello");
    browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();

    WebElement problem =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("from-problem")));
    assertThat(problem.getText()).isNotBlank();
    assertThat(browser.findElement(By.id("from")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.findElement(By.id("body")).getAttribute("value")).isEqualTo("hello");
    screenshot("send-problem");
  }

  @Test
  @Order(4)
  void the_keyboard_reaches_the_navigation_with_a_visible_focus() {
    browser.get(SandboxServices.APP_URL + "/console/messages");
    browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement skip = browser.switchTo().activeElement();
    assertThat(skip.getText()).isEqualTo("Skip to content");
    skip.sendKeys(Keys.TAB);
    WebElement first = browser.switchTo().activeElement();
    assertThat(first.getText()).isEqualTo("Messages");
    assertThat(first.getCssValue("outline-style")).isNotEqualTo("none");
  }

  @Test
  @Order(5)
  void an_opt_out_is_added_with_its_reason_and_removed() throws IOException {
    String peer = "+1206556" + (1000 + (int) (Math.random() * 8999));
    browser.get(SandboxServices.APP_URL + "/console/opt-outs");
    browser.findElement(By.id("peer")).sendKeys(peer);
    browser.findElement(By.id("reason")).sendKeys("asked by phone");
    browser.findElement(By.xpath("//button[text()='Add opt-out']")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("[role=status]"), "Opt-out added"));
    WebElement row = browser.findElement(By.xpath("//tr[td[1][text()='" + peer + "']]"));
    assertThat(row.getText())
        .contains("asked by phone")
        .contains(OidcProviderApi.OPERATOR)
        .contains("Every number");
    screenshot("opt-outs");

    row.findElement(By.name("reason")).sendKeys("consent given again");
    row.findElement(By.tagName("button")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("[role=status]"), peer + " removed"));
    browser.get(SandboxServices.APP_URL + "/console/opt-outs?peer=" + peer.replace("+", "%2B"));
    assertThat(browser.findElement(By.cssSelector("table.list tbody")).getText())
        .contains("No opt-out matches");
  }

  @Test
  @Order(6)
  void a_number_is_renamed_and_a_new_route_assigned_to_it() throws IOException {
    String number =
        Purchases.first(
            () -> given().auth().oauth2(Tokens.all(emulator)), Map.of("startsWith", "303"));
    String alias = "Support line " + UUID.randomUUID().toString().substring(0, 8);
    browser.get(SandboxServices.APP_URL + "/console/numbers/" + number.replace("+", "%2B"));
    String messaging = browser.findElement(By.id("messaging-value")).getText();
    String cnam = browser.findElement(By.id("cnam-value")).getText();
    WebElement aliasField = browser.findElement(By.id("alias"));
    aliasField.clear();
    aliasField.sendKeys(alias);
    browser.findElement(By.xpath("//button[text()='Save']")).click();
    wait.until(ExpectedConditions.textToBe(By.id("alias-value"), alias));
    // Only the alias changed: the settings saved with it are the ones the page showed.
    assertThat(browser.findElement(By.id("messaging-value")).getText()).isEqualTo(messaging);
    assertThat(browser.findElement(By.id("cnam-value")).getText()).isEqualTo(cnam);

    String routeId = createRoute();

    browser.get(SandboxServices.APP_URL + "/console/numbers/" + number.replace("+", "%2B"));
    new Select(browser.findElement(By.id("route-primary"))).selectByValue(routeId);
    browser.findElement(By.xpath("//button[text()='Set primary route']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("primary-route"), routeId));
    screenshot("number");
  }

  @Test
  @Order(7)
  void an_address_flowroute_cannot_find_is_refused_in_words_next_to_the_form() throws IOException {
    browser.get(SandboxServices.APP_URL + "/console/e911s");
    // The emulator geocodes only its known streets (sandbox/README.md, E911 v2): this one is not.
    fillAddress("Nowhere " + unique(), "Nowhere Lane");
    browser.findElement(By.xpath("//button[text()='Add address']")).click();

    WebElement problem =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("create-problem")));
    assertThat(problem.getText()).contains("Could not geocode this address");
    assertThat(browser.findElement(By.id("streetName")).getAttribute("value"))
        .isEqualTo("Nowhere Lane");
    screenshot("e911-refused");
  }

  @Test
  @Order(8)
  void a_number_gets_an_e911_address_and_an_approved_caller_name_from_its_page()
      throws IOException {
    String number =
        Purchases.first(
            () -> given().auth().oauth2(Tokens.all(emulator)), Map.of("startsWith", "303"));
    String label = "Office " + unique();
    browser.get(SandboxServices.APP_URL + "/console/e911s");
    fillAddress(label, "Pike St");
    browser.findElement(By.xpath("//button[text()='Add address']")).click();
    String addressId =
        wait.until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//tr[td[2][text()='" + label + "']]")))
            .findElement(By.tagName("td"))
            .getText();

    String name = "OPS " + unique();
    browser.get(SandboxServices.APP_URL + "/console/caller-names");
    browser.findElement(By.id("name")).sendKeys(name);
    browser.findElement(By.xpath("//button[text()='Send for review']")).click();
    String nameId =
        wait.until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//tr[td[2][text()='" + name + "']]")))
            .findElement(By.tagName("td"))
            .getText();

    String page = SandboxServices.APP_URL + "/console/numbers/" + number.replace("+", "%2B");
    browser.get(page);
    new Select(browser.findElement(By.id("e911Id"))).selectByValue(addressId);
    browser.findElement(By.xpath("//button[text()='Save E911 address']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("e911-value"), label));

    // Still pending review: refused, saying why, next to the caller name's form.
    new Select(browser.findElement(By.id("cnamId"))).selectByValue(nameId);
    browser.findElement(By.xpath("//button[text()='Save caller name']")).click();
    assertThat(
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cnam-problem")))
                .getText())
        .contains("PENDING")
        .contains("approved");

    // Flowroute approves it; the reconciliation (run from the operations page) learns it.
    given().post(emulator.url() + "/sandbox/cnams/" + nameId + "/approve").then().statusCode(200);
    browser.get(SandboxServices.APP_URL + "/console/operations");
    browser.findElement(By.xpath("//button[text()='Run a reconciliation now']")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("reconciliation"), "Caller names approved"));

    browser.get(page);
    new Select(browser.findElement(By.id("cnamId"))).selectByValue(nameId);
    browser.findElement(By.xpath("//button[text()='Save caller name']")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("caller-name-value"), name));
    assertThat(browser.findElement(By.id("e911-value")).getText()).contains(addressId);
    screenshot("number-e911-caller-name");

    // And removed again: "None" takes it away.
    new Select(browser.findElement(By.id("cnamId"))).selectByValue("");
    browser.findElement(By.xpath("//button[text()='Save caller name']")).click();
    wait.until(ExpectedConditions.textToBe(By.id("caller-name-value"), "—"));

    // A callback of its own: a URL that is not http(s) is refused next to the callbacks' forms.
    WebElement sms = browser.findElement(By.id("callback-sms"));
    sms.sendKeys("ftp://hooks.example.com/sms");
    browser.findElement(By.xpath("//button[text()='Save sms callback']")).click();
    assertThat(
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("callbacks-problem")))
                .getText())
        .contains("http(s)");
    sms = browser.findElement(By.id("callback-sms"));
    sms.clear();
    sms.sendKeys("https://hooks.example.com/sms");
    browser.findElement(By.xpath("//button[text()='Save sms callback']")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("callbacks-value"), "sms: https://hooks.example.com/sms"));
  }

  @Test
  @Order(9)
  void a_route_is_edited_in_place_without_leaving_the_list() throws IOException {
    String routeId = createRoute();
    String alias = "edited " + unique();
    // A mark on the page that a full page load would wipe out: the edit must keep it.
    ((JavascriptExecutor) browser).executeScript("window.stillHere = true;");
    WebElement row = browser.findElement(By.id("route-" + routeId));
    row.findElement(By.linkText("Edit route " + routeId)).click();
    WebElement aliasField =
        wait.until(ExpectedConditions.elementToBeClickable(By.id("edit-alias-" + routeId)));
    aliasField.clear();
    aliasField.sendKeys(alias);
    browser.findElement(By.xpath("//button[text()='Save route " + routeId + "']")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("route-" + routeId), alias));
    assertThat(browser.findElements(By.id("edit-alias-" + routeId))).isEmpty();
    assertThat(((JavascriptExecutor) browser).executeScript("return window.stillHere === true"))
        .isEqualTo(true);
    screenshot("route-edited");
    browser.navigate().refresh();
    assertThat(browser.findElement(By.id("route-" + routeId)).getText()).contains(alias);
  }

  @Test
  @Order(10)
  void the_operations_page_shows_the_dispatcher_state_and_the_account_rate() throws IOException {
    double smsRate =
        ConfigProvider.getConfig().getValue("switchboard.dispatcher.sms-per-second", Double.class);
    browser.get(SandboxServices.APP_URL + "/console/operations");
    assertThat(browser.findElement(By.id("dispatcher-state")).getText()).startsWith("Sending");
    assertThat(browser.findElement(By.id("dispatcher-why")).getText())
        .contains("Flowroute accepts the account");
    WebElement sms =
        browser.findElement(By.xpath("//table[@id='dispatcher-kinds']//tr[td[1]='SMS']"));
    assertThat(sms.findElement(By.className("account-rate")).getText())
        .isEqualTo(String.format(Locale.ROOT, "%.1f", smsRate));
    assertThat(browser.findElement(By.id("kafka-state")).getText()).isEqualTo("UP");
    assertThat(browser.findElement(By.id("postgres-state")).getText()).isEqualTo("UP");
    screenshot("operations");
  }

  /** Creates a route through the form; its id. */
  String createRoute() {
    String host = "sip" + unique().toLowerCase(Locale.ROOT) + ".example.com";
    browser.get(SandboxServices.APP_URL + "/console/routes");
    new Select(browser.findElement(By.id("type"))).selectByValue("host");
    browser.findElement(By.id("value")).sendKeys(host);
    browser.findElement(By.id("alias")).sendKeys("pbx " + host);
    browser.findElement(By.xpath("//button[text()='Create route']")).click();
    WebElement created =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tr[td[3][text()='" + host + "']]")));
    return created.findElement(By.tagName("td")).getText();
  }

  /** Fills the new address form with a Seattle address on {@code street}. */
  static void fillAddress(String label, String street) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("label", label);
    fields.put("firstName", "Chris");
    fields.put("lastName", "Smith");
    fields.put("streetNumber", String.valueOf(1000 + (int) (Math.random() * 8999)));
    fields.put("streetName", street);
    fields.put("city", "Seattle");
    fields.put("state", "WA");
    fields.put("country", "US");
    fields.put("zip", "98101");
    fields.forEach((id, value) -> browser.findElement(By.id(id)).sendKeys(value));
  }

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
  }

  /** Reloads the page until it shows the element (for what is written after a webhook's answer). */
  static WebElement refreshUntilFound(By what) {
    return new WebDriverWait(browser, Duration.ofSeconds(30))
        .pollingEvery(Duration.ofMillis(500))
        .until(
            b -> {
              List<WebElement> found = b.findElements(what);
              if (found.isEmpty()) {
                b.navigate().refresh();
                return null;
              }
              return found.get(0);
            });
  }

  static void screenshot(String name) throws IOException {
    Browsers.screenshot(browser, name);
  }
}
