package dev.switchboard.api.console;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The browser tests' browser: Debian's headless Chromium through chromium-driver, found on the
 * PATH, or the test skipped saying what to install; and their screenshots under {@code target/}.
 */
final class Browsers {

  static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

  private Browsers() {}

  /** A new headless Chromium with a profile of its own (no cookies of another test's session). */
  static WebDriver chromium() {
    Path chromium = find("chromium", "chromium-browser", "google-chrome");
    Path driver = find("chromedriver");
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
    return new ChromeDriver(service, options);
  }

  static void screenshot(WebDriver browser, String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }

  static Path find(String... names) {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String name : names) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }
}
