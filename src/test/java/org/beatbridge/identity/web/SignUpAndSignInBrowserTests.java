package org.beatbridge.identity.web;

import java.util.UUID;

import org.beatbridge.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A resident creates an account, is refused a weak password with the reason beside the
 * field, signs out and signs in again — in a real browser, through the real forms.
 */
class SignUpAndSignInBrowserTests extends BrowserTest {

	private static final String PASSWORD = "Maple-Lantern-Harbor-42";

	@Test
	void aResidentSignsUpSignsOutAndSignsInAgain() {
		String email = "resident-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

		open("/signup");
		this.page.getByLabel("Email").fill(email);
		this.page.locator("#password").fill("password123");
		this.page.locator("form button[type=submit]").click();
		assertThat(this.page.locator("#password-error")).isVisible();
		assertThat(this.page.locator("#password")).hasAttribute("aria-invalid", "true");

		this.page.locator("#password").fill(PASSWORD);
		this.page.locator("form button[type=submit]").click();
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		assertThat(this.page.getByText("You are signed out.")).isVisible();

		open("/login");
		this.page.locator("#username").fill(email);
		this.page.locator("#password").fill("not-the-password-at-all");
		this.page.locator("form button[type=submit]").click();
		assertThat(this.page.getByText("The email, username or password is not correct.")).isVisible();

		this.page.locator("#username").fill(email);
		this.page.locator("#password").fill(PASSWORD);
		this.page.locator("form button[type=submit]").click();
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
	}

}
