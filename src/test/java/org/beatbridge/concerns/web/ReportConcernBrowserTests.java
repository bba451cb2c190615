package org.beatbridge.concerns.web;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.options.Geolocation;
import org.beatbridge.BrowserTest;
import org.beatbridge.concerns.Actor;
import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernStatus;
import org.beatbridge.concerns.ConcernView;
import org.beatbridge.concerns.Concerns;
import org.beatbridge.concerns.CrimeFixtures;
import org.beatbridge.concerns.NewConcern;
import org.beatbridge.crime.BlockLocations;
import org.beatbridge.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class ReportConcernBrowserTests extends BrowserTest {

	// 1800 W Fargo Ave, beat 2424
	static final double LATITUDE = 42.01605;

	static final double LONGITUDE = -87.6764;

	@Autowired
	Concerns concerns;

	@Autowired
	BlockLocations blocks;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void standOn1800WFargo() {
		CrimeFixtures.incident(this.jdbc, 9_200_001, "018XX W FARGO AVE", LATITUDE, LONGITUDE);
		this.blocks.refresh();
		this.context.grantPermissions(List.of("geolocation"),
				new BrowserContext.GrantPermissionsOptions().setOrigin(url("")));
		this.context.setGeolocation(new Geolocation(LATITUDE, LONGITUDE));
	}

	@Test
	void offersTheSameConcernNearbyAndCountsAMeTooInsteadOfADuplicate() {
		ConcernId existing = this.concerns
			.report(NewConcern.anonymousAt("abandoned-building", "The vacant two-flat has its back door wide open.",
					LATITUDE + 0.0003, LONGITUDE))
			.id();
		open("/concerns/new");
		this.page.selectOption("#concern-category", "abandoned-building");
		this.page.locator("[data-concern-locate]").click();

		assertThat(this.page.locator("#similar")).containsText("Already reported nearby");
		assertThat(this.page.locator("#similar")).containsText("The vacant two-flat");
		this.page.locator("[data-concern-id='" + existing + "'] [data-me-too]").click();

		assertThat(this.page.locator("[data-me-too-done]")).containsText("first neighbour");
		assertThat(this.concerns.find(existing).map(ConcernView::supportCount)).contains(1);
	}

	@Test
	void reportsAnonymouslyFromTheBrowserLocationAndFollowsTheConcernOnItsTrackingPage() {
		open("/concerns/new");
		this.page.selectOption("#concern-category", "noise");
		this.page.fill("#concern-description", "Car stereo contests in the parking lot after midnight.");
		this.page.locator("[data-concern-locate]").click();
		assertThat(this.page.locator("#concern-latitude")).hasValue("42.01605");
		assertThat(this.page.locator("#contact-fields")).isHidden();

		this.page.locator("#concern-submit").click();

		this.page.waitForURL("**/concerns/track/**");
		assertThat(this.page.locator("#reported")).containsText("Your concern was reported");
		assertThat(this.page.locator("h1")).containsText("Concern");
		String token = this.page.url().replaceAll(".*/concerns/track/([^?]+).*", "$1");
		ConcernView reported = this.concerns.findByTrackingToken(token).orElseThrow();
		assertThat(reported.beat()).isEqualTo("2424");

		this.concerns.changeStatus(reported.id(), ConcernStatus.ACKNOWLEDGED, Actor.staff(1, Role.OFFICER),
				"We will raise it at the next beat meeting.");
		open("/concerns/track/" + token);

		assertThat(this.page.locator("[data-status]")).hasText("Acknowledged");
		assertThat(this.page.locator(".timeline")).containsText("We will raise it at the next beat meeting.");
		assertThat(this.page.locator(".timeline li")).hasCount(2);
	}

	@Test
	void showsMessagesBesideTheFieldsAndKeepsWhatWasTyped() {
		open("/concerns/new");
		this.page.selectOption("#concern-category", "speeding");
		assertThat(this.page.locator("#questions-speeding")).isVisible();
		assertThat(this.page.locator("#questions-noise")).isHidden();
		this.page.fill("#concern-address", "99999 N Nowhere St");
		this.page.locator("#anonymous-no").check();
		this.page.fill("#contact-email", "not-an-email");

		this.page.locator("#concern-submit").click();

		assertThat(this.page.locator("#description-error")).containsText("Describe the concern");
		assertThat(this.page.locator("#address-error")).containsText("We do not know that block");
		assertThat(this.page.locator("#contactEmail-error")).containsText("email address");
		assertThat(this.page.locator("#concern-address")).hasValue("99999 N Nowhere St");
		assertThat(this.page.locator("#contact-email")).hasValue("not-an-email");
		assertThat(this.page.locator("#concern-description")).hasAttribute("aria-invalid", "true");
	}

}
