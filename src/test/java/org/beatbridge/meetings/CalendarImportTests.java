package org.beatbridge.meetings;

import org.beatbridge.SharedData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
class CalendarImportTests {

	static final Path CALENDAR_2016 = SharedData.file("caps/cpd_community_calendar_2016.json");

	@Autowired
	CalendarImport calendar;

	@Autowired
	Meetings meetings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void importsThe2016CommunityCalendarAndReimportingChangesNothing() throws IOException {
		CalendarImportSummary first = importFile();
		assertThat(first.events()).isEqualTo(2484);
		assertThat(first.beatMeetings()).isEqualTo(1295);
		assertThat(first.districtEvents()).isEqualTo(1189);
		assertThat(first.unparsed()).isEqualTo(22);
		assertThat(first.duplicates()).isEqualTo(11);
		assertThat(first.unparsedTitles()).contains("district 2: Beat Meeting", "district 10: 10 SECTOR BEAT MEETING")
			.hasSize(6);
		assertThat(storedCount()).isEqualTo(2484 - first.duplicates());

		CalendarImportSummary again = importFile();
		assertThat(again.created()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(storedCount()).isEqualTo(2484 - first.duplicates());
	}

	@Test
	void findsTheJointMeetingOfBeats813And833InBothBeats() throws IOException {
		importFile();
		Instant from = Instant.parse("2016-01-01T06:00:00Z");
		Instant to = Instant.parse("2017-01-01T06:00:00Z");
		List<MeetingOccurrence> of813 = this.meetings.occurrences(new MeetingQuery("0813", null, from, to));
		List<MeetingOccurrence> of833 = this.meetings.occurrences(new MeetingQuery("0833", null, from, to));
		assertThat(of813).hasSize(12).allSatisfy((m) -> assertThat(m.beats()).containsExactly("0813", "0833"));
		assertThat(of833).extracting(MeetingOccurrence::uid)
			.containsAll(of813.stream().map(MeetingOccurrence::uid).toList());
	}

	@Test
	void refusesAFileThatIsNotACalendarAndChangesNothing() {
		long before = storedCount();
		assertThatThrownBy(() -> this.calendar
			.importCalendar(new ByteArrayInputStream("{\"not\": \"a list\"}".getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(InvalidCalendar.class);
		assertThatThrownBy(() -> this.calendar.importCalendar(new ByteArrayInputStream(
				"[{\"calendarId\": 8, \"start\": \"2016-12-28T19:00:00\", \"title\": \"835 Beat Meeting\"}, {\"calendarId\": 8, \"start\": \"soon\", \"title\": \"DAC\"}]"
					.getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(InvalidCalendar.class)
			.hasMessageContaining("Event 2")
			.hasMessageContaining("soon");
		assertThat(storedCount()).isEqualTo(before);
	}

	private CalendarImportSummary importFile() throws IOException {
		try (InputStream in = Files.newInputStream(CALENDAR_2016)) {
			return this.calendar.importCalendar(in);
		}
	}

	private long storedCount() {
		return this.jdbc.sql("select count(*) from meetings where source_key like 'cpd:%'").query(Long.class).single();
	}

}
