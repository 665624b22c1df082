package dev.switchboard.api.console;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser test class's own headless Chromium, opened before its first test and quit after its
 * last, so no session cookie crosses from one class to the next (the classes run one at a time).
 */
abstract class BrowserTest {

  static WebDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void openBrowser() {
    browser = Browsers.chromium();
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }
}
