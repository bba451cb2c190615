package org.beatbridge.meetings.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarTitlesTests {

	@Test
	void readsTheBeatsOfTheTitlesCpdDistrictsWrite() {
		assertThat(CalendarTitles.beatNumbers("2514 Beat Meeting")).containsExactly("2514");
		assertThat(CalendarTitles.beatNumbers("813/833 Beat Meeting")).containsExactly("0813", "0833");
		assertThat(CalendarTitles.beatNumbers("Beat 1934 & 1935")).containsExactly("1934", "1935");
		assertThat(CalendarTitles.beatNumbers("BEAT 713,714 AND 715")).containsExactly("0713", "0714", "0715");
		assertThat(CalendarTitles.beatNumbers("Beat Meeting  # 0211")).containsExactly("0211");
		assertThat(CalendarTitles.beatNumbers("Beat Meeting 213-215-224")).containsExactly("0213", "0215", "0224");
		assertThat(CalendarTitles.beatNumbers("1722's and 1723's Beat Meeting")).containsExactly("1722", "1723");
		assertThat(CalendarTitles.beatNumbers("Beat Meeting 1513N")).containsExactly("1513");
	}

	@Test
	void expandsAbbreviatedBeatsOfTheSameGroup() {
		assertThat(CalendarTitles.beatNumbers("Beat Meeting: 1112/21")).containsExactly("1112", "1121");
		assertThat(CalendarTitles.beatNumbers("Beat Meeting:1113/14/15")).containsExactly("1113", "1114", "1115");
		assertThat(CalendarTitles.beatNumbers("1821,22,23 Beat Meeting")).containsExactly("1821", "1822", "1823");
	}

	@Test
	void ignoresDistrictOrdinalsAndSectorNumbers() {
		assertThat(CalendarTitles.beatNumbers("20th Dist Beat Meeting Beat 2012")).containsExactly("2012");
		assertThat(CalendarTitles.beatNumbers("10 Sector Beat Meeting (311,312,313 & 314)")).containsExactly("0311",
				"0312", "0313", "0314");
		assertThat(CalendarTitles.beatNumbers("10 SECTOR BEAT MEETING")).isEmpty();
	}

	@Test
	void keepsOtherEventsAsDistrictEvents() {
		assertThat(CalendarTitles.namesBeatMeeting("DAC Meeting")).isFalse();
		assertThat(CalendarTitles.namesBeatMeeting("Beat Facilitators Meeting")).isFalse();
		assertThat(CalendarTitles.namesBeatMeeting("ALL BEATS MEETING")).isFalse();
		assertThat(CalendarTitles.beatNumbers("Court Advocacy 2016")).isEmpty();
		assertThat(CalendarTitles.namesBeatMeeting("Beat Meeting")).isTrue();
	}

	@Test
	void recognisesCancelledMeetings() {
		assertThat(CalendarTitles.saysCancelled("NO Beat Meeting 1212")).isTrue();
		assertThat(CalendarTitles.saysCancelled("1622 Beat Meeting Cancelled")).isTrue();
		assertThat(CalendarTitles.saysCancelled("2514 Beat Meeting")).isFalse();
	}

}
