package org.beatbridge.meetings.web;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.beatbridge.BrowserTest;
import org.beatbridge.geography.Beats;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.Role;
import org.beatbridge.meetings.MeetingId;
import org.beatbridge.meetings.MeetingKind;
import org.beatbridge.meetings.MeetingOccurrence;
import org.beatbridge.meetings.Meetings;
import org.beatbridge.meetings.NewMeeting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What residents and officers do with meetings on a phone (360 px wide), in English and
 * Spanish: find the next meeting from the home page's map and from the beat page, ask for
 * reminders, and run a meeting. Screenshots go to {@code target/screenshots}.
 */
class MeetingsOnAPhoneBrowserTests extends BrowserTest {

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	@Autowired
	Meetings meetings;

	@Autowired
	Accounts accounts;

	@Autowired
	Beats beats;

	Page phone(String locale) {
		return newContext(new Browser.NewContextOptions().setViewportSize(360, 740)
			.setIsMobile(true)
			.setHasTouch(true)
			.setLocale(locale)).newPage();
	}

	@ParameterizedTest
	@CsvSource({ "en-US, 1731, Your beat: 1731, 6:30 PM, Almost done",
			"es-US, 1732, Su sector: 1732, 18:30, Casi listo" })
	void aResidentFindsTheNextMeetingFromTheMapAndTheBeatPageAndAsksForReminders(String locale, String beat,
			String located, String time, String checkEmail) {
		LocalDateTime start = LocalDate.now(CHICAGO).plusDays(3).atTime(LocalTime.of(18, 30));
		this.meetings.schedule(new NewMeeting(List.of(beat), beat + " Beat Meeting", MeetingKind.IN_PERSON,
				"North Park Village, 5801 N. Pulaski", null, null, start, start.plusHours(1), null, List.of("en", "es"),
				true));
		Page page = phone(locale);
		page.navigate(url("/"));
		Map<String, Object> point = pointInside(page, beat);
		page.mouse().click(number(point, "x"), number(point, "y"));

		assertThat(page.locator("#located-heading")).hasText(located);
		assertThat(page.locator("#located-beat [data-meeting='0'] time")).containsText(time);
		assertThat(page.locator("#located-beat [data-meeting='0'] [data-fact=place]"))
			.hasText("North Park Village, 5801 N. Pulaski");
		page.locator("#located-beat").scrollIntoViewIfNeeded();
		screenshot(page, "phone-home-next-meeting-" + locale);
		assertNoSidewaysScrolling(page);

		page.locator("#located-beat [data-located-link]").click();
		page.waitForURL(url("/beats/" + beat));
		assertThat(page.locator("#beat-meetings [data-meeting='0'] time")).containsText(time);
		page.locator("#beat-meetings").scrollIntoViewIfNeeded();
		screenshot(page, "phone-beat-page-meetings-" + locale);
		assertNoSidewaysScrolling(page);

		page.locator("#beat-meetings [data-reminders-link]").click();
		page.locator("#reminder-email").fill("vecina" + beat + "@example.org");
		page.locator("[data-reminder-form] button[type=submit]").click();
		assertThat(page.locator("[data-reminder-check-email]")).containsText(checkEmail);
		screenshot(page, "phone-reminder-requested-" + locale);
		assertNoSidewaysScrolling(page);
	}

	@ParameterizedTest
	@CsvSource({ "en-US, 2031, '1 signed in: 0 residents, 1 officer,', Speeding on Broadway",
			"es-US, 2032, '1 registrado: 0 vecinos, 1 oficial,', Exceso de velocidad en Broadway" })
	void anOfficerRunsAMeetingOnAPhone(String locale, String beat, String counts, String priority) {
		LocalDateTime start = LocalDateTime.now(CHICAGO).plusMinutes(20).truncatedTo(ChronoUnit.MINUTES);
		String officer = MeetingPeople.create(this.accounts, Role.OFFICER, 20, "Officer Ortiz");
		String star = MeetingPeople.starOf(this.accounts, officer);
		MeetingId id = this.meetings
			.schedule(new NewMeeting(List.of(beat), null, MeetingKind.IN_PERSON, "Edgewater Library, 6000 N. Broadway",
					null, null, start, start.plusHours(1), null, List.of("en", "es"), false, "Rosa Díaz", star));
		MeetingOccurrence meeting = this.meetings.occurrence(id, start.atZone(CHICAGO).toInstant()).orElseThrow();
		Page page = phone(locale);

		page.navigate(url("/login"));
		page.locator("#username").fill(officer);
		page.locator("#password").fill(MeetingPeople.PASSWORD);
		page.locator("main button[type=submit]").click();
		page.waitForURL((u) -> !u.contains("/login"));
		page.navigate(url(meeting.path()));
		page.locator("[data-manage]").click();
		screenshot(page, "phone-manage-" + locale);
		assertNoSidewaysScrolling(page);

		page.locator("#role-OFFICER").check();
		page.locator("#attendee-star").fill(star);
		page.locator("[data-form=attendance] button[type=submit]").click();
		assertThat(page.locator("[data-attendee]")).hasCount(1);
		page.locator("#minutes-text").fill("Vecinos hablaron del exceso de velocidad.");
		page.locator("[data-form=minutes] button[type=submit]").click();
		page.locator("#priority-title").fill(priority);
		page.locator("#priority-strategy").fill("Traffic enforcement missions");
		page.locator("#priority-contact").fill("Ana, Edgewater block club");
		page.locator("[data-form=priority] button[type=submit]").click();
		assertThat(page.locator("[data-chosen-priority]")).containsText(priority);
		screenshot(page, "phone-manage-after-" + locale);

		page.navigate(url(meeting.path()));
		assertThat(page.locator("[data-attendance-counts]")).containsText(counts);
		assertThat(page.locator("[data-minutes]")).hasText("Vecinos hablaron del exceso de velocidad.");
		assertThat(page.locator("[data-chosen-priority]")).containsText(priority);
		assertThat(page.locator("main [data-reminders-link]")).hasAttribute("href",
				"/beats/" + beat + "/meeting-reminders");
		screenshot(page, "phone-meeting-page-" + locale);
		assertNoSidewaysScrolling(page);
	}

	private void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	/**
	 * On a phone an overflowing page is zoomed out (the layout viewport grows), so the
	 * page must fit the 360 px the phone has; names what sticks out.
	 */
	private static void assertNoSidewaysScrolling(Page page) {
		Object wider = page.evaluate("""
				() => [...document.querySelectorAll('body *')]
					.filter(e => !e.closest('.leaflet-container') && e.getBoundingClientRect().right > 360.5)
					.slice(0, 5)
					.map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' '
						+ Math.round(e.getBoundingClientRect().right))""");
		assertThat((List<?>) wider).as("elements wider than a 360 px phone on %s", page.url()).isEmpty();
	}

	private Map<String, Object> pointInside(Page page, String beat) {
		page.locator("#beat-map[data-state=ready]").waitFor();
		page.locator("#beat-map").scrollIntoViewIfNeeded();
		@SuppressWarnings("unchecked")
		Map<String, Object> point = (Map<String, Object>) page.evaluate("""
				beat => {
					const m = window.beatMap;
					const layer = m.layers[beat];
					m.map.setView(layer.getCenter(), m.map.getZoom() + 2, { animate: false });
					const c = layer.getCenter();
					const p = m.map.latLngToContainerPoint(c);
					const r = m.element.getBoundingClientRect();
					return { lat: c.lat, lng: c.lng, x: r.left + p.x, y: r.top + p.y };
				}""", beat);
		assertThat(this.beats.locate(number(point, "lat"), number(point, "lng")))
			.as("the centre drawn for beat %s lies in it", beat)
			.hasValueSatisfying((location) -> assertThat(location.beat()).isEqualTo(beat));
		return point;
	}

	private static double number(Map<String, Object> point, String key) {
		return ((Number) point.get(key)).doubleValue();
	}

}
