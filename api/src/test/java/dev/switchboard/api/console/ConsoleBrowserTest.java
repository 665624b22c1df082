package dev.switchboard.api.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.switchboard.api.support.SandboxServices;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operator console in a real browser (Debian's headless Chromium through chromium-driver)
 * against the real stack: it signs in at the emulator's OIDC provider, sends through the form and
 * follows the message to DELIVERED. Skipped, saying why, where no browser is installed.
 */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

  static final String OUR_NUMBER = "+12065550100";
  static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

  static WebDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void openBrowser() {
    Path chromium = Browsers.find("chromium", "chromium-browser", "google-chrome");
    Path driver = Browsers.find("chromedriver");
    assumeTrue(
        chromium != null && driver != null,
        "No browser: install Debian's chromium and chromium-driver"
            + " (apt-get install -y chromium chromium-driver) to run the console's browser tests");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    // --no-sandbox: CI runs as root, where Chromium's own sandbox refuses to start.
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

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

    browser.get(SandboxServices.APP_URL + "/console/messages?peer=" + peer.replace("+", "%2B"));
    WebElement row = browser.findElement(By.cssSelector("table.list tbody tr"));
    assertThat(row.getText()).contains(peer).contains("DELIVERED").contains("Out");
    screenshot("messages");
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

  static void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }
}
