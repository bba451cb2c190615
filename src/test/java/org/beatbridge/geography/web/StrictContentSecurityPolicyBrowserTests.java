package org.beatbridge.geography.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Route;
import org.beatbridge.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages keep working under the site's Content-Security-Policy (no inline script, no
 * inline style): the header is added here so the test holds whichever module sets it.
 */
class StrictContentSecurityPolicyBrowserTests extends BrowserTest {

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

	private final List<String> violations = new ArrayList<>();

	@BeforeEach
	void enforceThePolicy() {
		this.page.route("**/*", this::withPolicy);
		this.page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy")) {
				this.violations.add(message.text());
			}
		});
	}

	@Test
	void theHomeMapWorksWithoutInlineScriptOrStyle() {
		open("/");
		this.page.locator("#beat-map[data-state=ready]").waitFor();
		assertThat(this.page.locator("#beat-map path[data-beat]").first()).isAttached();

		assertThat(this.violations).isEmpty();
	}

	@Test
	void aBeatPageWorksWithoutInlineScriptOrStyle() {
		open("/beats/1713");
		this.page.locator("#beat-map[data-state=ready]").waitFor();
		assertThat(this.page.locator("#beat-map path[data-beat='1713']")).isAttached();

		open("/beats/nope");
		open("/no/such/page");

		assertThat(this.violations).isEmpty();
	}

	private void withPolicy(Route route) {
		APIResponse response;
		try {
			response = route.fetch();
		}
		catch (PlaywrightException ex) {
			// A request still in flight when the test moved on or closed the page; the
			// policy is checked on the pages that stay open
			try {
				route.abort();
			}
			catch (PlaywrightException alreadyGone) {
				// nothing left to settle
			}
			return;
		}
		Map<String, String> headers = new HashMap<>(response.headers());
		if (headers.getOrDefault("content-type", "").startsWith("text/html")) {
			headers.put("content-security-policy", POLICY);
		}
		route.fulfill(new Route.FulfillOptions().setResponse(response).setHeaders(headers));
	}

}
