package org.beatbridge.meetings;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class SchedulingTests {

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	@Autowired
	Meetings meetings;

	@Autowired
	JdbcClient jdbc;

	static NewMeeting series(String beat, String rule) {
		return new NewMeeting(List.of(beat), null, MeetingKind.IN_PERSON, "Wrightwood Library, 8530 S. Kedzie", null,
				null, LocalDateTime.parse("2026-01-13T18:30"), LocalDateTime.parse("2026-01-13T19:30"), rule,
				List.of("en", "es"), true);
	}

	static Instant chicago(String local) {
		return LocalDateTime.parse(local).atZone(CHICAGO).toInstant();
	}

	@Test
	void aJointSeriesOfTwoBeatsIsListedForBothWithMovedAndCancelledOccurrences() {
		MeetingId id = this.meetings.schedule(new NewMeeting(List.of("1411", "1412"), "1411 & 1412 Beat Meeting",
				MeetingKind.HYBRID, "Logan Square Library", 41.9296, -87.7075, LocalDateTime.parse("2026-01-13T18:30"),
				LocalDateTime.parse("2026-01-13T19:30"), "FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU", List.of("es", "en"),
				true));
		this.meetings.move(id, chicago("2026-03-10T18:30"), LocalDateTime.parse("2026-03-17T19:00"),
				LocalDateTime.parse("2026-03-17T20:00"));
		this.meetings.cancel(id, chicago("2026-05-12T18:30"));

		List<MeetingOccurrence> of1412 = this.meetings
			.occurrences(new MeetingQuery("1412", null, chicago("2026-01-01T00:00"), chicago("2026-08-01T00:00")));
		assertThat(of1412).extracting(MeetingOccurrence::start)
			.containsExactly(chicago("2026-01-13T18:30"), chicago("2026-03-17T19:00"), chicago("2026-05-12T18:30"),
					chicago("2026-07-14T18:30"));
		assertThat(of1412).extracting(MeetingOccurrence::cancelled).containsExactly(false, false, true, false);
		assertThat(of1412.get(0).beats()).containsExactly("1411", "1412");
		assertThat(of1412.get(0).languages()).containsExactly("es", "en");
		assertThat(this.meetings.next("1411", chicago("2026-04-01T00:00"), 1)).extracting(MeetingOccurrence::start)
			.containsExactly(chicago("2026-07-14T18:30"));
		assertThat(this.meetings
			.occurrences(new MeetingQuery(null, "14", chicago("2026-01-01T00:00"), chicago("2026-02-01T00:00"))))
			.extracting(MeetingOccurrence::uid)
			.contains(of1412.get(0).uid());
	}

	@Test
	void rejectsAnUnknownBeatAndSavesNothing() {
		long before = count();
		assertThatThrownBy(() -> this.meetings.schedule(series("9999", null))).isInstanceOf(InvalidMeeting.class)
			.hasMessageContaining("9999")
			.extracting((ex) -> ((InvalidMeeting) ex).field())
			.isEqualTo("beats");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void rejectsAMeetingEndingBeforeItStarts() {
		NewMeeting backwards = new NewMeeting(List.of("2533"), null, MeetingKind.ONLINE, null, null, null,
				LocalDateTime.parse("2026-01-13T18:30"), LocalDateTime.parse("2026-01-13T17:30"), null, null, false);
		assertThatThrownBy(() -> this.meetings.schedule(backwards)).isInstanceOf(InvalidMeeting.class)
			.hasMessageContaining("end after it starts");
	}

	@Test
	void rejectsABadRecurrenceRuleAndSavesNothing() {
		long before = count();
		assertThatThrownBy(() -> this.meetings.schedule(series("2533", "second tuesday")))
			.isInstanceOf(InvalidMeeting.class)
			.extracting((ex) -> ((InvalidMeeting) ex).field())
			.isEqualTo("recurrence");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void refusesToCancelAnOccurrenceThatDoesNotExist() {
		MeetingId id = this.meetings.schedule(series("2533", "FREQ=MONTHLY;BYDAY=2TU"));
		assertThatThrownBy(() -> this.meetings.cancel(id, chicago("2026-02-11T18:30")))
			.isInstanceOf(InvalidMeeting.class)
			.hasMessageContaining("does not take place");
	}

	private long count() {
		return this.jdbc.sql("select count(*) from meetings").query(Long.class).single();
	}

	@Test
	void aSecondSeriesOfTheSameBeatAtTheSameTimeIsRefusedNamingTheFirst() {
		this.meetings.schedule(series("2532", "FREQ=MONTHLY;BYDAY=2TU"));
		assertThatThrownBy(() -> this.meetings.schedule(series("2532", "FREQ=WEEKLY;BYDAY=TU")))
			.isInstanceOf(InvalidMeeting.class)
			.hasMessageContaining("overlaps the series \"Beat 2532 community meeting\"")
			.extracting((ex) -> ((InvalidMeeting) ex).field())
			.isEqualTo("recurrence");
		NewMeeting elsewhereInTheMonth = new NewMeeting(List.of("2532"), null, MeetingKind.IN_PERSON, "Library", null,
				null, LocalDateTime.parse("2026-01-27T18:30"), LocalDateTime.parse("2026-01-27T19:30"),
				"FREQ=MONTHLY;BYDAY=4TU", List.of("en"), false);
		assertThat(this.meetings.schedule(elsewhereInTheMonth)).isNotNull();
	}

}
