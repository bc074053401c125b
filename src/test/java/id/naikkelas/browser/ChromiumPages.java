package id.naikkelas.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A flow test's browser: Debian's Chromium driven by Playwright, one phone-sized page per test that
 * collects console errors and accepts the confirmations htmx asks for. Skipped outside CI when
 * Chromium is missing; a failure in CI.
 */
abstract class ChromiumPages {

  private static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("NAIKKELAS_CHROMIUM", "/usr/bin/chromium"));

  private static Playwright playwright;
  private static Browser browser;

  @LocalServerPort int port;

  BrowserContext context;
  Page page;
  final List<String> consoleErrors = new ArrayList<>();

  @BeforeAll
  static void launch() {
    if (!Files.isExecutable(CHROMIUM)) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail("Chromium is required in CI but missing at " + CHROMIUM);
      }
      Assumptions.abort("Chromium not installed at " + CHROMIUM + "; browser tests skipped");
    }
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync")));
  }

  @AfterAll
  static void close() {
    if (playwright != null) {
      playwright.close();
      playwright = null;
    }
  }

  @BeforeEach
  void openPage() {
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(412, 915));
    page = context.newPage();
    page.onConsoleMessage(
        message -> {
          if ("error".equals(message.type())) {
            consoleErrors.add(message.text());
          }
        });
    // hx-confirm asks the browser to confirm: the user agrees
    page.onDialog(dialog -> dialog.accept());
  }

  @AfterEach
  void shutPage() {
    if (context != null) {
      context.close();
    }
  }

  void signIn(String username, String password) {
    page.navigate(url("/login"));
    page.locator("#username").fill(username);
    page.locator("#password").fill(password);
    page.locator("main button[type=submit]").click();
    assertThat(page).hasURL(url("/home"));
  }

  /** Another person's browser (a second phone, say); the test closes it. */
  BrowserContext otherContext(int width, int height) {
    return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
  }

  /** Another browser with its own options (no JavaScript, say); the test closes it. */
  BrowserContext otherContext(Browser.NewContextOptions options) {
    return browser.newContext(options);
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }
}
