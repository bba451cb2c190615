package org.beatbridge.meetings.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.options.Geolocation;
import org.beatbridge.BrowserTest;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.Role;
import org.beatbridge.meetings.MeetingId;
import org.beatbridge.meetings.MeetingKind;
import org.beatbridge.meetings.MeetingOccurrence;
import org.beatbridge.meetings.Meetings;
import org.beatbridge.meetings.NewMeeting;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class RunningAMeetingBrowserTests extends BrowserTest {

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	@Autowired
	Meetings meetings;

	@Autowired
	Accounts accounts;

	@Test
	void aResidentFindsTheNextMeetingOfWhereTheyStandOnTheHomePage() {
		LocalDateTime start = LocalDate.now(CHICAGO).plusDays(2).atTime(LocalTime.of(18, 45));
		this.meetings.schedule(new NewMeeting(List.of("1713"), "1713 Beat Meeting", MeetingKind.IN_PERSON,
				"Albany Park Library, 3401 W. Foster", null, null, start, start.plusHours(1), null, List.of("en", "es"),
				true));
		this.context.grantPermissions(List.of("geolocation"),
				new BrowserContext.GrantPermissionsOptions().setOrigin(url("")));
		this.context.setGeolocation(new Geolocation(41.967412455, -87.704773815));
		open("/");

		this.page.locator("[data-locate-me]").click();

		assertThat(this.page.locator("#located-heading")).hasText("Your beat: 1713");
		assertThat(this.page.locator("#located-beat [data-meeting='0'] time")).containsText("6:45 PM");
		assertThat(this.page.locator("#located-beat [data-meeting='0'] [data-fact=place]"))
			.hasText("Albany Park Library, 3401 W. Foster");
		assertThat(this.page).hasURL(url("/"));

		this.page.locator("#located-beat [data-meeting='0'] [data-meeting-link]").click();
		assertThat(this.page.locator("h1")).hasText("1713 Beat Meeting");
		assertThat(this.page.locator("[data-agenda=none]")).isVisible();
	}

	@Test
	void aFacilitatorSignsInAndRunsTheMeeting() {
		LocalDateTime start = LocalDateTime.now(CHICAGO).plusMinutes(20).truncatedTo(ChronoUnit.MINUTES);
		String beatOfficer = MeetingPeople.create(this.accounts, Role.OFFICER, 20, "Officer Ortiz");
		MeetingId id = this.meetings.schedule(new NewMeeting(List.of("2022"), null, MeetingKind.IN_PERSON,
				"Edgewater Library, 6000 N. Broadway", null, null, start, start.plusHours(1), "FREQ=MONTHLY",
				List.of("en"), false, "Rosa Díaz", MeetingPeople.starOf(this.accounts, beatOfficer)));
		MeetingOccurrence meeting = this.meetings.occurrence(id, start.atZone(CHICAGO).toInstant()).orElseThrow();
		String officer = MeetingPeople.create(this.accounts, Role.OFFICER, 20, "Officer Kim");

		open("/login");
		this.page.locator("#username").fill(officer);
		this.page.locator("#password").fill(MeetingPeople.PASSWORD);
		this.page.locator("main button[type=submit]").click();
		this.page.waitForURL((u) -> !u.contains("/login"));
		open(meeting.path());
		this.page.locator("[data-manage]").click();

		this.page.locator("[data-generate]").click();
		assertThat(this.page.locator("#agenda-welcome")).containsText("Rosa Díaz");
		this.page.locator("[data-publish]").click();
		assertThat(this.page.locator("[data-agenda-published]")).isVisible();

		this.page.locator("#attendee-name").fill("Marta Vecina");
		this.page.locator("#attendee-listed").check();
		this.page.locator("[data-form=attendance] button[type=submit]").click();
		this.page.locator("#role-OFFICER").check();
		this.page.locator("#attendee-star").fill("4471");
		this.page.locator("[data-form=attendance] button[type=submit]").click();
		assertThat(this.page.locator("[data-attendee]")).hasCount(2);

		this.page.locator("#minutes-text").fill("Neighbours raised speeding on Broadway.");
		this.page.locator("#decisions-text").fill("Ask for a traffic study.");
		this.page.locator("[data-form=minutes] button[type=submit]").click();

		this.page.locator("#priority-title").fill("Speeding on Broadway");
		this.page.locator("#priority-strategy").fill("Traffic enforcement missions");
		this.page.locator("#priority-contact").fill("Ana, Edgewater block club");
		this.page.locator("[data-form=priority] button[type=submit]").click();
		assertThat(this.page.locator("[data-chosen-priority]")).containsText("Speeding on Broadway");

		open(meeting.path());
		assertThat(this.page.locator("[data-attendance-counts]")).containsText("2 signed in: 1 resident, 1 officer");
		assertThat(this.page.locator("[data-attendance-names]")).containsText("Marta Vecina");
		assertThat(this.page.locator("[data-section=welcome]")).containsText("Welcome and introductions");
		assertThat(this.page.locator("[data-minutes]")).hasText("Neighbours raised speeding on Broadway.");
		assertThat(this.page.locator("[data-chosen-priority]")).containsText("Traffic enforcement missions");
	}

}
