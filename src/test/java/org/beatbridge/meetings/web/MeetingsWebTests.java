package org.beatbridge.meetings.web;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.beatbridge.meetings.MeetingId;
import org.beatbridge.meetings.MeetingKind;
import org.beatbridge.meetings.Meetings;
import org.beatbridge.meetings.NewMeeting;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingsWebTests {

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	@Autowired
	TestRestTemplate http;

	@Autowired
	Meetings meetings;

	LocalDateTime firstStart;

	@BeforeAll
	void scheduleAJointSeriesOfBeats835And834WithItsSecondMeetingCancelled() {
		this.firstStart = LocalDate.now(CHICAGO).plusDays(3).atTime(LocalTime.of(18, 30));
		MeetingId id = this.meetings.schedule(new NewMeeting(List.of("835", "834"), "835/834 Beat Meeting",
				MeetingKind.IN_PERSON, "Wrightwood Library, 8530 S. Kedzie", 41.7384, -87.7015, this.firstStart,
				this.firstStart.plusHours(1), "FREQ=WEEKLY;INTERVAL=4", List.of("en", "es"), true));
		this.meetings.cancel(id, this.firstStart.plusWeeks(4).atZone(CHICAGO).toInstant());
	}

	@Test
	void listsABeatsMeetingsWithChicagoTimes() {
		ResponseEntity<String> response = this.http.getForEntity("/api/v1/meetings?beat=835", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("\"beats\":[\"0835\",\"0834\"]")
			.contains("\"start\":\"" + this.firstStart + ":00-0")
			.contains("\"cancelled\":true")
			.contains("\"interpretation\":true");
	}

	@Test
	void listsADistrictsMeetings() {
		ResponseEntity<String> response = this.http.getForEntity("/api/v1/meetings?district=8", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("835/834 Beat Meeting");
	}

	@Test
	void answersBadInputWithAProblemNamingTheParameter() {
		assertProblem("/api/v1/meetings?beat=9999", "beat");
		assertProblem("/api/v1/meetings?beat=abc", "beat");
		assertProblem("/api/v1/meetings", "beat");
		assertProblem("/api/v1/meetings?district=99", "district");
		assertProblem("/api/v1/meetings?beat=835&from=tomorrow", "from");
		assertProblem("/api/v1/meetings?beat=835&from=2026-05-01&to=2026-04-01", "to");
		assertProblem("/api/v1/meetings?beat=835&from=2020-01-01&to=2029-01-01", "to");
	}

	@Test
	void theBeatFeedParsesBackWithStableUidsAndTheCancellation() throws Exception {
		String first = feed("/calendar/beats/0835.ics");
		String again = feed("/calendar/beats/835.ics");
		Calendar calendar = new CalendarBuilder().build(new StringReader(first));
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSizeGreaterThan(20);
		List<String> uids = events.stream().map((e) -> e.getUid().get().getValue()).toList();
		assertThat(uids).doesNotHaveDuplicates();
		List<VEvent> eventsAgain = new CalendarBuilder().build(new StringReader(again)).getComponents("VEVENT");
		assertThat(eventsAgain.stream().map((e) -> e.getUid().get().getValue()).toList()).isEqualTo(uids);
		assertThat(events.get(0).getSummary().getValue()).isEqualTo("835/834 Beat Meeting");
		assertThat(events.get(0).getDateTimeStart().getValue())
			.isEqualTo(this.firstStart.atZone(CHICAGO).toInstant().toString().replace("-", "").replace(":", ""));
		assertThat(events.get(1).getStatus().getValue()).isEqualTo("CANCELLED");
		assertThat(events.get(0).getStatus().getValue()).isEqualTo("CONFIRMED");
	}

	@Test
	void theDistrictFeedHasTheDistrictsMeetings() throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(feed("/calendar/districts/8.ics")));
		assertThat(calendar.<VEvent>getComponents("VEVENT")).isNotEmpty();
	}

	@Test
	void feedsOfUnknownBeatsAndDistrictsAreNotFound() {
		assertThat(this.http.getForEntity("/calendar/beats/9999.ics", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.http.getForEntity("/calendar/districts/99.ics", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void theBeatPageFragmentShowsTheNextMeetingInChicagoTimeInSpanishToo() {
		String english = page("/beats/0834/meetings", "en");
		assertThat(english).contains("835/834 Beat Meeting")
			.contains("Wrightwood Library")
			.contains("at 6:30 PM")
			.contains("<span>English</span>, <span>Spanish</span>")
			.contains("interpretation available");
		String spanish = page("/beats/0834/meetings", "es");
		assertThat(spanish).contains("a las 18:30")
			.contains("<span>inglés</span>, <span>español</span>")
			.contains("hora de Chicago");
		assertThat(this.http.getForEntity("/beats/9999/meetings", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void eachFeedEventLinksToItsMeetingPageAndTheFragmentToo() throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(feed("/calendar/beats/0835.ics")));
		VEvent first = calendar.<VEvent>getComponents("VEVENT").get(0);
		String link = first.getUrl().getValue();
		String key = this.firstStart.atZone(CHICAGO).toInstant().toString().replace("-", "").replace(":", "");
		assertThat(link).startsWith("http://localhost:").matches(".*/meetings/[0-9a-f-]{36}/" + key + "$");
		String path = link.substring(link.indexOf("/meetings/"));
		assertThat(page(path, "en")).contains("835/834 Beat Meeting").contains("Wrightwood Library");
		assertThat(page("/beats/0835/meetings", "en")).contains("href=\"" + path + "\"");
	}

	@Test
	void theBeatPageLoadsItsMeetings() {
		assertThat(page("/beats/0835", "en")).contains("data-meetings-url=\"/beats/0835/meetings\"")
			.contains("/calendar/beats/0835.ics");
	}

	private String feed(String path) {
		ResponseEntity<String> response = this.http.getForEntity(path, String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentType().toString()).startsWith("text/calendar");
		return response.getBody();
	}

	private String page(String path, String language) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
		ResponseEntity<String> response = this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers),
				String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private void assertProblem(String path, String parameter) {
		ResponseEntity<String> response = this.http.getForEntity(path, String.class);
		assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
		assertThat(response.getBody()).as(path).contains("\"parameter\":\"" + parameter + "\"");
	}

}
