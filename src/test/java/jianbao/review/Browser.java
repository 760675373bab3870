package jianbao.review;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through its chromedriver (packages {@code chromium} and
 * {@code chromium-driver}, which .ci/run installs). Without them the browser tests are skipped
 * with that reason, except under CI, where a missing browser is a failure: CI must run them.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("JIANBAO_CHROMIUM", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("JIANBAO_CHROMEDRIVER", "/usr/bin/chromedriver"));

  /** Selenium warns on stderr that it has no DevTools binding for this Chromium; none is used. */
  private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

  static {
    SELENIUM_LOG.setLevel(Level.SEVERE);
  }

  final ChromeDriver driver;
  final Path downloads;

  private Browser(ChromeDriver driver, Path downloads) {
    this.driver = driver;
    this.downloads = downloads;
  }

  static Browser start(Path work) throws IOException {
    String missing = !Files.isExecutable(CHROMIUM) ? CHROMIUM.toString()
        : !Files.isExecutable(CHROMEDRIVER) ? CHROMEDRIVER.toString() : null;
    if (missing != null) {
      String why = missing + " not found: install Debian's chromium and chromium-driver (as .ci/run does)";
      if (System.getenv("CI") != null) {
        throw new IllegalStateException("CI runs the browser tests, but " + why);
      }
      Assumptions.abort(why);
    }
    Path downloads = Files.createDirectories(work.resolve("downloads"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // Root in a container needs --no-sandbox; the networking flags stop Chromium's own calls home,
    // which this machine's closed network refuses, many at a time.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
        "--no-first-run", "--disable-extensions", "--window-size=1400,1000",
        "--user-data-dir=" + Files.createDirectories(work.resolve("profile")));
    options.setExperimentalOption("prefs", Map.of(
        "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
        .withLogOutput(java.io.OutputStream.nullOutputStream()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return new Browser(driver, downloads);
  }

  /** Opens a file of the site and waits until its script has built the view. */
  void open(Path file) {
    driver.get(file.toUri().toString());
    waitFor(() -> !driver.findElements(By.cssSelector("body[data-ready]")).isEmpty(), "the page's script to finish");
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  WebElement one(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  /** Console messages at warning level or worse since the last call (CSP refusals among them). */
  List<String> consoleProblems() {
    List<String> out = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
        out.add(e.getLevel() + " " + e.getMessage());
      }
    }
    return out;
  }

  Path screenshot(Path to) throws IOException {
    File shot = driver.getScreenshotAs(org.openqa.selenium.OutputType.FILE);
    Files.createDirectories(to.getParent());
    Files.copy(shot.toPath(), to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return to;
  }

  static void waitFor(BooleanSupplier done, String what) {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("timed out waiting for " + what);
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what);
      }
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
