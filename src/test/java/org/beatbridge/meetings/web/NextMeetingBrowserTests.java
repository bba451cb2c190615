package org.beatbridge.meetings.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import com.microsoft.playwright.Browser;
import org.beatbridge.BrowserTest;
import org.beatbridge.meetings.MeetingKind;
import org.beatbridge.meetings.Meetings;
import org.beatbridge.meetings.NewMeeting;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class NextMeetingBrowserTests extends BrowserTest {

	@Autowired
	Meetings meetings;

	@Test
	void aResidentFindsTheNextMeetingOfTheirBeatOnTheBeatPage() {
		LocalDateTime start = LocalDate.now(ZoneId.of("America/Chicago")).plusDays(2).atTime(LocalTime.of(18, 30));
		this.meetings.schedule(new NewMeeting(List.of("2514"), "2514 Beat Meeting", MeetingKind.IN_PERSON,
				"Shriners Hospital, 2211 N. Oak Park Ave", null, null, start, start.plusHours(1),
				"FREQ=MONTHLY;INTERVAL=2", List.of("en", "es"), true));

		open("/beats/2514");

		assertThat(this.page.locator("#meetings-heading")).hasText("Beat meetings");
		assertThat(this.page.locator("[data-meeting='0'] time")).containsText("6:30 PM");
		assertThat(this.page.locator("[data-meeting='0'] [data-fact=place]"))
			.hasText("Shriners Hospital, 2211 N. Oak Park Ave");
		assertThat(this.page.locator("[data-meeting='0'] [data-fact=languages]")).containsText("Spanish");
		assertThat(this.page.locator("#beat-meetings a[href$='2514.ics']")).isVisible();
	}

	@Test
	void aSpanishSpeakerSeesTheMeetingInSpanish() {
		LocalDateTime start = LocalDate.now(ZoneId.of("America/Chicago")).plusDays(4).atTime(LocalTime.of(19, 0));
		this.meetings.schedule(new NewMeeting(List.of("2515"), "2515 Beat Meeting", MeetingKind.ONLINE, null, null,
				null, start, start.plusHours(1), null, List.of("es"), false));
		this.page = newContext(new Browser.NewContextOptions().setLocale("es-US")).newPage();

		this.page.navigate(url("/beats/2515"));

		assertThat(this.page.locator("#meetings-heading")).hasText("Reuniones del sector policial");
		assertThat(this.page.locator("[data-meeting='0'] time")).containsText("a las 19:00");
		assertThat(this.page.locator("[data-meeting='0'] [data-fact=place]")).hasText("Por anunciar");
	}

	@Test
	void aBeatWithoutMeetingsSaysSo() {
		open("/beats/2535");
		assertThat(this.page.locator("[data-meeting=none]")).isVisible();
		assertThat(this.page.locator("[data-meeting=none]"))
			.hasText("No upcoming meeting is scheduled for this beat yet.");
	}

}
