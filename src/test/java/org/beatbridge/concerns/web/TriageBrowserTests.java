package org.beatbridge.concerns.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitUntilState;
import org.beatbridge.BrowserTest;
import org.beatbridge.concerns.CrimeFixtures;
import org.beatbridge.crime.BlockLocations;
import org.beatbridge.geography.BeatLocation;
import org.beatbridge.geography.Beats;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.NewAccount;
import org.beatbridge.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident reports a concern with contact details; the beat officer, on a phone,
 * triages it from the queue to a referral, and the resident's tracking page shows what
 * happened. No console or CSP error on the way.
 */
class TriageBrowserTests extends BrowserTest {

	private static final String PASSWORD = "Maple-Lantern-Harbor-42";

	@Autowired
	Accounts accounts;

	@Autowired
	Beats beats;

	@Autowired
	BlockLocations blocks;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficerTriagesAResidentsConcernFromTheQueueToAReferral() {
		CrimeFixtures.incident(this.jdbc, 9_100_001, "018XX W FARGO AVE", 42.01605, -87.6764);
		this.blocks.refresh();
		BeatLocation beat = this.beats.locate(42.01605, -87.6764).orElseThrow();
		String officer = "diaz-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewAccount(officer, null, "Officer Diaz", PASSWORD, Set.of(Role.OFFICER), "7781",
				Integer.valueOf(beat.district()), List.of(beat.beat())));
		String email = "rosa-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		List<String> errors = new ArrayList<>();
		watch(this.page, errors);

		// the report page's map may ask for tiles this machine cannot reach: do not wait
		// for them
		this.page.setDefaultNavigationTimeout(60_000);
		this.page.navigate(url("/concerns/new"),
				new Page.NavigateOptions().setWaitUntil(WaitUntilState.DOMCONTENTLOADED));
		this.page.locator("#concern-category").selectOption("street-light-out");
		this.page.locator("#concern-description").fill("The alley light behind 1812 W Fargo has been out for weeks.");
		this.page.locator("#concern-address").fill("1800 W Fargo Ave");
		this.page.locator("#anonymous-no").check();
		this.page.locator("#contact-email").fill(email);
		this.page.locator("#concern-submit").click();
		this.page.waitForURL("**/concerns/track/**",
				new Page.WaitForURLOptions().setWaitUntil(WaitUntilState.DOMCONTENTLOADED).setTimeout(60_000));
		String trackingUrl = this.page.url();
		String heading = this.page.locator("h1").textContent();
		String id = heading.replaceAll("\\D", "");
		assertThat(id).isNotEmpty();

		BrowserContext phone = newContext(new Browser.NewContextOptions().setViewportSize(375, 740));
		Page officerPage = phone.newPage();
		officerPage.setDefaultNavigationTimeout(60_000);
		watch(officerPage, errors);
		officerPage.navigate(url("/login"));
		officerPage.locator("#username").fill(officer);
		officerPage.locator("#password").fill(PASSWORD);
		officerPage.locator("form button[type=submit]").click();
		officerPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Triage").setExact(true)).click();
		assertThat(officerPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Triage").setLevel(1)))
			.isVisible();
		officerPage.locator("[data-concern-id='" + id + "'] a").click();
		assertThat(officerPage.locator("[data-original]")).containsText("behind 1812 W Fargo");

		officerPage.locator("[data-acknowledge]").click();
		assertThat(officerPage.locator("[data-done]")).containsText("Acknowledged");
		assertThat(officerPage.locator("[data-status]")).hasText("Acknowledged");

		officerPage.locator("#status").selectOption("RESOLVED");
		officerPage.locator("#status-update").fill("Fixed.");
		officerPage.locator("[data-set-status]").click();
		assertThat(officerPage.locator("[data-done]")).isVisible();

		officerPage.locator("#status").selectOption("OPEN");
		officerPage.locator("#status-update").fill("Reopened: the light went out again.");
		officerPage.locator("[data-set-status]").click();
		officerPage.locator("#status").selectOption("REFERRED");
		officerPage.locator("#service").fill("Streets and Sanitation");
		officerPage.locator("#reference").fill("SR24-01234567");
		officerPage.locator("#status-update").fill("Sent to Streets and Sanitation as 311 request SR24-01234567.");
		officerPage.locator("[data-set-status]").click();
		assertThat(officerPage.locator("[data-status]")).hasText("Referred to a city service");
		assertThat(officerPage.locator("[data-referral]")).containsText("SR24-01234567");

		officerPage.locator("#note").fill("Resident prefers email; the pole number is on the garage side.");
		officerPage.locator("[data-add-note]").click();
		assertThat(officerPage.locator("[data-notes]")).containsText("pole number is on the garage side");

		officerPage.locator("#publicDescription").fill("The alley light on the 1800 block of W Fargo is out.");
		officerPage.locator("[data-moderate]").click();
		assertThat(officerPage.locator("[data-moderations]")).containsText("1800 block of W Fargo");

		officerPage.locator("[data-show-contact]").click();
		assertThat(officerPage.locator("[data-contact]")).containsText(email);
		assertThat(officerPage.locator("[data-contact-log]")).containsText("Officer Diaz");

		this.page.navigate(trackingUrl, new Page.NavigateOptions().setWaitUntil(WaitUntilState.DOMCONTENTLOADED));
		assertThat(this.page.locator("[data-status]")).hasText("Referred to a city service");
		assertThat(this.page.locator(".timeline")).containsText("Sent to Streets and Sanitation as 311 request");
		assertThat(this.page.locator(".timeline")).not().containsText("pole number");
		assertThat(errors).isEmpty();
	}

	private static void watch(Page page, List<String> errors) {
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type()) && !message.location().contains("/favicon.ico")) {
				errors.add(message.text());
			}
		});
		page.onResponse((response) -> {
			if (response.status() >= 400) {
				errors.add(response.status() + " " + response.url());
			}
		});
	}

}
