package org.beatbridge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Base of the browser tests: the whole application on a random port, driven by a real
 * headless Chromium (one per test class, a fresh context per test so no cookie or
 * permission leaks between tests). Uses the same context configuration as the HTTP tests,
 * so they all share one application and database.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
public abstract class BrowserTest {

	/** Where Chromium lives; CI installs it there ({@code .ci/run}). */
	protected static final Path CHROMIUM = Paths
		.get(System.getProperty("beatbridge.chromium", System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")));

	private static Playwright playwright;

	protected static Browser browser;

	@LocalServerPort
	protected int port;

	protected BrowserContext context;

	protected Page page;

	@BeforeAll
	static void launchChromium() {
		if (!Files.isExecutable(CHROMIUM)) {
			// A missing browser must fail the build, not silently skip what it protects
			fail("Chromium is needed for the browser tests but was not found at " + CHROMIUM
					+ ". Install it (apt-get install chromium, as .ci/run does) or point -Dbeatbridge.chromium at it.");
		}
		playwright = Playwright.create();
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
						"--no-first-run", "--disable-component-update", "--disable-sync")));
	}

	@AfterAll
	static void closeChromium() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	@BeforeEach
	void openContext() {
		this.context = newContext(new Browser.NewContextOptions());
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeContext() {
		if (this.context != null) {
			try {
				this.context.close();
			}
			catch (com.microsoft.playwright.impl.TargetClosedError ex) {
				// a route handler of the test was still fetching when the context closed:
				// the context is gone either way, and the test's own assertions have run
			}
		}
	}

	/**
	 * A context of our own (another language, viewport or permission set), closed after
	 * the test with the default one.
	 */
	protected BrowserContext newContext(Browser.NewContextOptions options) {
		if (options.locale == null) {
			options.setLocale("en-US");
		}
		BrowserContext created = browser.newContext(options);
		created.setDefaultTimeout(15_000);
		if (this.context != null) {
			this.context.onClose(closed -> created.close());
		}
		return created;
	}

	/** Opens a path of the application in the test's page. */
	protected Response open(String path) {
		return this.page.navigate(url(path));
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
