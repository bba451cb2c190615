package org.beatbridge.meetings.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.beatbridge.meetings.InvalidMeeting;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecurrenceTests {

	private static Instant chicago(String local) {
		return LocalDateTime.parse(local).atZone(Recurrence.CHICAGO).toInstant();
	}

	@Test
	void aSecondTuesdayEveryOtherMonthSeriesFallsOnTheRightDays() {
		Recurrence rule = Recurrence.parse("FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU");
		List<Instant> starts = rule.startsBetween(chicago("2026-01-13T18:30"), chicago("2026-01-01T00:00"),
				chicago("2027-01-01T00:00"));
		assertThat(starts).containsExactly(chicago("2026-01-13T18:30"), chicago("2026-03-10T18:30"),
				chicago("2026-05-12T18:30"), chicago("2026-07-14T18:30"), chicago("2026-09-08T18:30"),
				chicago("2026-11-10T18:30"));
	}

	@Test
	void aSeriesAtHalfPastSixStaysAtHalfPastSixAcrossBothDaylightSavingChanges() {
		// 2026: clocks go forward on 8 March and back on 1 November
		Recurrence rule = Recurrence.parse("FREQ=WEEKLY;BYDAY=TH");
		List<Instant> starts = rule.startsBetween(chicago("2026-02-26T18:30"), chicago("2026-02-01T00:00"),
				chicago("2026-11-15T00:00"));
		assertThat(starts).hasSize(38);
		assertThat(starts).allSatisfy(
				(start) -> assertThat(start.atZone(Recurrence.CHICAGO).toLocalTime()).isEqualTo(LocalTime.of(18, 30)));
		assertThat(starts.get(1).toString()).isEqualTo("2026-03-06T00:30:00Z");
		assertThat(starts.get(2).toString()).isEqualTo("2026-03-12T23:30:00Z");
		assertThat(starts).contains(Instant.parse("2026-10-29T23:30:00Z"), Instant.parse("2026-11-06T00:30:00Z"));
	}

	@Test
	void aMeetingOnTheMorningClocksGoForwardKeepsItsWallClockTime() {
		Recurrence rule = Recurrence.parse("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU");
		List<Instant> starts = rule.startsBetween(chicago("2025-03-09T10:00"), chicago("2025-01-01T00:00"),
				chicago("2027-12-31T00:00"));
		assertThat(starts).containsExactly(chicago("2025-03-09T10:00"), chicago("2026-03-08T10:00"),
				chicago("2027-03-14T10:00"));
		assertThat(starts.get(1).toString()).isEqualTo("2026-03-08T15:00:00Z");
	}

	@Test
	void onlyOccurrencesInTheWindowAreListed() {
		Recurrence rule = Recurrence.parse("RRULE:FREQ=MONTHLY;BYDAY=1WE;COUNT=3");
		assertThat(rule.startsBetween(chicago("2026-01-07T19:00"), chicago("2026-02-01T00:00"),
				chicago("2026-12-01T00:00")))
			.containsExactly(chicago("2026-02-04T19:00"), chicago("2026-03-04T19:00"));
	}

	@Test
	void rejectsARuleThatIsNotAnRrule() {
		assertThatThrownBy(() -> Recurrence.parse("every other tuesday")).isInstanceOf(InvalidMeeting.class)
			.hasMessageContaining("RFC 5545")
			.extracting((ex) -> ((InvalidMeeting) ex).field())
			.isEqualTo("recurrence");
	}

	@Test
	void rejectsARuleRepeatingEveryMinute() {
		assertThatThrownBy(() -> Recurrence.parse("FREQ=MINUTELY")).isInstanceOf(InvalidMeeting.class)
			.hasMessageContaining("daily, weekly, monthly or yearly");
	}

	@Test
	void rejectsAnEmptyRule() {
		assertThatThrownBy(() -> Recurrence.parse(" ")).isInstanceOf(InvalidMeeting.class);
	}

}
