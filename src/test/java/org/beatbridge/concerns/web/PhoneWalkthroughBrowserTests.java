package org.beatbridge.concerns.web;

import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Geolocation;
import org.beatbridge.BrowserTest;
import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.Concerns;
import org.beatbridge.concerns.CrimeFixtures;
import org.beatbridge.concerns.NewConcern;
import org.beatbridge.crime.BlockLocations;
import org.beatbridge.notifications.Notice;
import org.beatbridge.notifications.Notifications;
import org.beatbridge.notifications.Recipient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident's way through the concern pages on a 360 px phone, in English and Spanish:
 * report with the duplicate hint, "me too", a refused form, the tracking page. Every page
 * must fit the screen (no sideways scrolling) and show no untranslated message key.
 * Screenshots land in {@code target/phone/} for people to look at.
 */
class PhoneWalkthroughBrowserTests extends BrowserTest {

	// Lunt Ave, beat 2424: far enough from the other tests' 1800 W Fargo that their
	// concerns are not "similar" to these, nor these to theirs
	static final double LATITUDE = 42.0090;

	static final double LONGITUDE = -87.6700;

	@Autowired
	Concerns concerns;

	@Autowired
	BlockLocations blocks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifications notifications;

	private String language;

	@BeforeEach
	void standOnLunt() {
		CrimeFixtures.incident(this.jdbc, 9_300_001, "014XX W LUNT AVE", LATITUDE, LONGITUDE);
		this.blocks.refresh();
	}

	private void phone(String language) {
		this.language = language;
		this.context = newContext(new Browser.NewContextOptions().setViewportSize(360, 740)
			.setDeviceScaleFactor(1)
			.setIsMobile(true)
			.setHasTouch(true)
			.setLocale(language.equals("es") ? "es-US" : "en-US")
			.setGeolocation(new Geolocation(LATITUDE, LONGITUDE))
			.setPermissions(List.of("geolocation")));
		this.page = this.context.newPage();
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void aResidentReportsSupportsAndTracksAConcernOnAPhone(String language) {
		phone(language);
		ConcernId existing = this.concerns
			.report(NewConcern.anonymousAt("abandoned-building",
					"The vacant two-flat has had its back door wide open for weeks now.", LATITUDE, LONGITUDE))
			.id();
		open("/concerns/new?lang=" + language);
		fits("1-form");

		this.page.selectOption("#concern-category", "abandoned-building");
		this.page.locator("[data-concern-locate]").click();
		assertThat(this.page.locator("[data-concern-id='" + existing + "'] [data-me-too]")).isVisible();
		fits("2-similar");
		this.page.locator("[data-concern-id='" + existing + "'] [data-me-too]").click();
		assertThat(this.page.locator("[data-me-too-done]")).isVisible();
		fits("3-me-too");

		this.page.locator("#anonymous-no").check();
		this.page.fill("#contact-email", "not-an-email");
		this.page.locator("#concern-submit").click();
		assertThat(this.page.locator("#description-error")).isVisible();
		assertThat(this.page.locator("#contactEmail-error")).isVisible();
		fits("4-errors");

		this.page.fill("#concern-description", "Kids go in and out of the vacant building at night.");
		this.page.fill("#contact-email", "vecina@example.org");
		this.page.locator("[data-concern-locate]").click();
		this.page.locator("#concern-submit").click();
		this.page.waitForURL("**/concerns/track/**");
		assertThat(this.page.locator("#reported")).isVisible();
		fits("5-tracking");

		open("/concerns/" + existing);
		fits("6-public");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void aResidentFollowsAndStopsTheEmailsOnAPhone(String language) throws Exception {
		phone(language);
		ConcernId id = this.concerns
			.report(NewConcern.anonymousAt("noise", "Car stereo contests in the parking lot after midnight.", LATITUDE,
					LONGITUDE))
			.id();
		open("/concerns/track/" + id + ".1000000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA?lang=" + language);
		fits("7-unknown-link");

		String token = "T" + language + "0123456789abcdefghijklmnopqrstuvwxyzABCDE".substring(0, 40);
		this.notifications
			.send(new Notice(Recipient.email("vecino-" + language + "@example.org", Locale.forLanguageTag(language)),
					"concern:" + id, "es".equals(language) ? "Su asunto " + id + " ahora está: Reconocido"
							: "Your concern " + id + " is now: Acknowledged",
					"Body", "/concerns/" + id));
		this.jdbc.sql("""
				update notices set unsubscribe_hash = sha256(convert_to(?, 'UTF8')),
					address_hash = sha256(convert_to(?, 'UTF8')) where topic = ?""")
			.params(token, "vecino-" + language + "@example.org", "concern:" + id)
			.update();
		open("/unsubscribe/" + token + "?lang=" + language);
		fits("8-unsubscribe");
		this.page.locator("main form button[type=submit]").first().click();
		this.page.waitForLoadState();
		fits("9-unsubscribed");
	}

	/** The page fits a 360 px screen, shows no message key, and is saved as a picture. */
	private void fits(String step) {
		this.page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Paths.get("target", "phone", this.language + "-" + step + ".png")));
		// against the phone's width: a mobile layout viewport grows with content too wide
		// for it
		Object overflow = this.page.evaluate("() => document.documentElement.scrollWidth - 360");
		assertThat(((Number) overflow).intValue()).as(step + ": wider than the screen by").isLessThanOrEqualTo(0);
		assertThat(this.page.content()).as(step).doesNotContain("??");
	}

}
