package org.beatbridge.meetings;

import java.util.List;

/**
 * What an import of the community calendar did.
 *
 * @param events events in the file
 * @param beatMeetings events stored as meetings of one or more beats
 * @param districtEvents events stored as district events (including the unparsed ones)
 * @param unparsed events whose title announces a beat meeting but names no known beat;
 * kept as district events
 * @param duplicates events listed twice in the file (same district, start and title)
 * @param created events new to the schedule
 * @param updated events already known whose details changed
 * @param unparsedTitles the distinct titles that could not be read, with their district
 * @param unknownBeats numbers read from titles that are not beats of the city (typos or
 * beats since redrawn), left out of the meetings' beats
 */
public record CalendarImportSummary(int events, int beatMeetings, int districtEvents, int unparsed, int duplicates,
		int created, int updated, List<String> unparsedTitles, List<String> unknownBeats) {

	public CalendarImportSummary {
		unparsedTitles = List.copyOf(unparsedTitles);
		unknownBeats = List.copyOf(unknownBeats);
	}

}
