package org.beatbridge.meetings.web;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;

import org.beatbridge.SharedData;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.Browser;
import org.beatbridge.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class MeetingFormsTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	// a Tuesday well ahead, so a monthly series on "the 2nd Tuesday" is easy to clash
	// with
	static final LocalDate FIRST = LocalDate.now(ZoneId.of("America/Chicago"))
		.plusMonths(2)
		.withDayOfMonth(1)
		.with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(2, java.time.DayOfWeek.TUESDAY));

	Browser officerOf(int district) {
		return MeetingPeople.signedIn(this.port,
				MeetingPeople.create(this.accounts, Role.OFFICER, district, "Officer " + district));
	}

	String beatOfficerStar;

	/**
	 * The star of an officer of district 19, named as the beat officer of scheduled
	 * meetings.
	 */
	String beatOfficerStar() {
		if (this.beatOfficerStar == null) {
			this.beatOfficerStar = MeetingPeople.starOf(this.accounts,
					MeetingPeople.create(this.accounts, Role.OFFICER, 19, "Beat Officer"));
		}
		return this.beatOfficerStar;
	}

	HttpResponse<String> schedule(Browser browser, String beats, String date, String start, String end, String repeat,
			String rule) {
		browser.get("/meetings/new");
		return browser.submit("/meetings/new", "beats", beats, "kind", "IN_PERSON", "place",
				"Sulzer Library, 4455 N. Lincoln", "date", date, "startTime", start, "endTime", end, "repeat", repeat,
				"recurrence", rule, "languages", "es", "facilitator", "Ana Vecina", "officerStar", beatOfficerStar());
	}

	@Test
	void anOfficerSchedulesASeriesOfTheirBeatAndEditsIt() {
		Browser officer = officerOf(19);
		HttpResponse<String> created = schedule(officer, "1911", FIRST.toString(), "18:30", "19:30",
				"BIMONTHLY_WEEKDAY", "");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		String path = location.substring(location.indexOf("/meetings/"));
		String page = officer.get(path).body();
		assertThat(page).contains("Sulzer Library")
			.contains("Ana Vecina")
			.contains("Star #" + beatOfficerStar())
			.contains("Spanish");

		String id = path.split("/")[2];
		HttpResponse<String> edit = officer.get("/meetings/" + id + "/edit");
		assertThat(edit.body()).contains("value=\"1911\"").contains("FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU");
		HttpResponse<String> saved = officer.submit("/meetings/" + id + "/edit", "beats", "1911", "kind", "HYBRID",
				"place", "Sulzer Library, room 2", "date", FIRST.toString(), "startTime", "18:30", "endTime", "19:30",
				"repeat", "CUSTOM", "recurrence", "FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU", "languages", "en");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(officer.get(path).body()).contains("Sulzer Library, room 2").contains("In person and online");
	}

	@Test
	void badInputIsExplainedBesideTheFieldAndNothingIsSaved() {
		Browser officer = officerOf(19);
		assertError(schedule(officer, "1912", FIRST.toString(), "19:30", "18:30", "ONCE", ""), "endTime-error",
				"must end after it starts");
		assertError(schedule(officer, "9999", FIRST.toString(), "18:30", "19:30", "ONCE", ""), "beats-error",
				"There is no beat");
		assertError(schedule(officer, "1912", FIRST.toString(), "18:30", "19:30", "CUSTOM", "every tuesday"),
				"recurrence-error", "is not an RFC 5545 RRULE");
		assertError(schedule(officer, "1912", "next week", "18:30", "19:30", "ONCE", ""), "date-error", "Give a date");
		assertError(schedule(officer, "0411", FIRST.toString(), "18:30", "19:30", "ONCE", ""), "beats-error",
				"your own district");
	}

	@Test
	void aSecondSeriesOverlappingTheFirstForTheSameBeatIsRefusedWithAClearMessage() {
		Browser officer = officerOf(19);
		assertThat(schedule(officer, "1913", FIRST.toString(), "18:30", "19:30", "MONTHLY_WEEKDAY", "").statusCode())
			.isEqualTo(302);
		HttpResponse<String> clash = schedule(officer, "1913, 1914", FIRST.plusMonths(2).toString(), "19:00", "20:00",
				"CUSTOM", "FREQ=MONTHLY;BYDAY=2TU");
		assertError(clash, "recurrence-error", "This series overlaps the series");
		officer.get("/meetings/new?lang=es");
		HttpResponse<String> spanish = schedule(officer, "1913", FIRST.toString(), "18:00", "19:00", "WEEKLY", "");
		assertThat(spanish.body()).contains("id=\"recurrence-error\"").contains("Esta serie coincide con la serie");
		assertThat(schedule(officer, "1913", FIRST.plusDays(7).toString(), "18:30", "19:30", "ONCE", "").statusCode())
			.as("a one-off meeting may sit beside a series")
			.isEqualTo(302);
	}

	@Test
	void residentsCannotScheduleMeetings() {
		Browser resident = MeetingPeople.signedIn(this.port,
				MeetingPeople.create(this.accounts, Role.RESIDENT, null, "Neighbour"));
		assertThat(resident.get("/meetings/new").statusCode()).isEqualTo(403);
	}

	@Test
	void anAdministratorUploadsTheCommunityCalendarAndSeesTheSummary() throws Exception {
		Browser admin = MeetingPeople.signedIn(this.port,
				MeetingPeople.create(this.accounts, Role.ADMIN, null, "Admin"));
		assertThat(admin.get("/admin/meetings/calendar").statusCode()).isEqualTo(200);
		HttpResponse<String> broken = admin.upload("/admin/meetings/calendar", "file", "calendar.json",
				"{not json".getBytes());
		assertThat(broken.body()).contains("id=\"file-error\"").contains("Nothing was imported");
		admin.get("/admin/meetings/calendar");
		HttpResponse<String> none = admin.upload("/admin/meetings/calendar", "file", null, new byte[0]);
		assertThat(none.body()).contains("Choose the calendar file to import.");

		admin.get("/admin/meetings/calendar");
		HttpResponse<String> done = admin.upload("/admin/meetings/calendar", "file", "calendar.json",
				Files.readAllBytes(SharedData.file("caps/cpd_community_calendar_2016.json")));
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(done.body()).contains("Import finished")
			.contains("data-summary=\"events\">2484<")
			.contains("data-summary=\"beatMeetings\">1295<")
			.contains("data-summary=\"duplicates\">11<")
			.containsPattern("<ul data-summary=\"unparsed\">\\s*<li>district");
		assertThat(MeetingPeople.signedIn(this.port, MeetingPeople.create(this.accounts, Role.COORDINATOR, null, "C"))
			.get("/admin/meetings/calendar")
			.statusCode()).isEqualTo(403);
	}

	private static void assertError(HttpResponse<String> response, String id, String text) {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"" + id + "\"").contains(text);
	}

}
