package org.beatbridge.meetings.web;

import java.time.OffsetDateTime;
import java.util.List;

import org.beatbridge.meetings.MeetingKind;
import org.beatbridge.meetings.MeetingOccurrence;
import org.beatbridge.meetings.domain.Recurrence;

/**
 * A meeting as the API shows it: times with Chicago's offset of that day.
 *
 * @param page the path of the occurrence's public page (agenda, minutes, attendance)
 */
record MeetingView(String uid, String title, String district, List<String> beats, MeetingKind kind, String place,
		Double latitude, Double longitude, OffsetDateTime start, OffsetDateTime end, List<String> languages,
		boolean interpretation, boolean cancelled, String details, String facilitator, String officerStar,
		String page) {

	static MeetingView of(MeetingOccurrence meeting) {
		return new MeetingView(meeting.uid(), meeting.title(), meeting.district(), meeting.beats(), meeting.kind(),
				meeting.place(), meeting.latitude(), meeting.longitude(),
				meeting.start().atZone(Recurrence.CHICAGO).toOffsetDateTime(),
				(meeting.end() != null) ? meeting.end().atZone(Recurrence.CHICAGO).toOffsetDateTime() : null,
				meeting.languages(), meeting.interpretation(), meeting.cancelled(), meeting.details(),
				meeting.facilitator(), meeting.officerStar(), meeting.path());
	}

}
