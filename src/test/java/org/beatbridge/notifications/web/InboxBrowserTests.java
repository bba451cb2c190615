package org.beatbridge.notifications.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.beatbridge.BrowserTest;
import org.beatbridge.identity.AccountView;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.NewAccount;
import org.beatbridge.notifications.Notice;
import org.beatbridge.notifications.Notifications;
import org.beatbridge.notifications.Recipient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone-sized screen, a resident sees the unread count in the header, opens the
 * inbox and marks a notice read with the keyboard; no console or CSP error on the way.
 */
class InboxBrowserTests extends BrowserTest {

	private static final String PASSWORD = "Maple-Lantern-Harbor-42";

	@Autowired
	Accounts accounts;

	@Autowired
	Notifications notifications;

	@Test
	void aResidentSeesTheUnreadCountAndMarksANoticeReadByKeyboard() {
		String email = "inbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		AccountView rosa = this.accounts.create(NewAccount.resident(email, "Rosa", PASSWORD));
		for (String subject : List.of("Your concern was received", "Officer Diaz answered your concern")) {
			this.notifications.send(new Notice(Recipient.account(rosa.id(), Locale.ENGLISH), "concern:1", subject,
					"Line one.\nLine two.", "/beats/1713"));
		}
		this.context = newContext(new Browser.NewContextOptions().setViewportSize(375, 740));
		this.page = this.context.newPage();
		List<String> errors = new ArrayList<>();
		this.page.onConsoleMessage((message) -> {
			// browsers ask for /favicon.ico on their own; the site has none yet
			if ("error".equals(message.type()) && !message.location().contains("/favicon.ico")) {
				errors.add(message.text());
			}
		});
		this.page.onResponse((response) -> {
			if (response.status() >= 400) {
				errors.add(response.status() + " " + response.url());
			}
		});

		open("/login");
		this.page.locator("#username").fill(email);
		this.page.locator("#password").fill(PASSWORD);
		this.page.locator("form button[type=submit]").click();
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inbox, 2 unread notices")))
			.isVisible();

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inbox, 2 unread notices")).click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Inbox").setLevel(1)))
			.isVisible();
		assertThat(this.page.locator(".inbox-item").first()).containsText("Officer Diaz answered your concern");

		this.page
			.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Mark as read: Officer Diaz answered your concern"))
			.focus();
		this.page.keyboard().press("Enter");
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inbox, 1 unread notice")))
			.isVisible();
		assertThat(this.page.getByText("You have 1 unread notice.")).isVisible();
		double pageWidth = ((Number) this.page.evaluate("document.documentElement.scrollWidth")).doubleValue();
		assertThat(pageWidth).as("no sideways scrolling on a phone").isLessThanOrEqualTo(375);
		if (Boolean.getBoolean("beatbridge.screenshots")) {
			this.page
				.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/inbox-phone.png")).setFullPage(true));
		}
		assertThat(errors).isEmpty();
	}

}
