package org.beatbridge.meetings;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A meeting to schedule, once or (with a recurrence rule) as a series. Times are wall
 * clock times in Chicago, as organisers announce them.
 *
 * @param beats one beat or several beats meeting together ({@code ["0813", "0833"]})
 * @param recurrence an RFC 5545 RRULE value ({@code FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU}),
 * or null for a one-off meeting
 * @param languages ISO 639 codes of the languages spoken ({@code en}, {@code es})
 * @param interpretation whether interpretation is offered without asking
 * @param facilitator the resident beat facilitator's name as the public page shows it, or
 * null
 * @param officerStar the star number of the beat officer's account (an officer serving in
 * the meeting's district), or null
 * @param facilitatorAccount the username of the resident beat facilitator's account (a
 * resident), or null; that account may prepare and run the meeting
 */
public record NewMeeting(List<String> beats, String title, MeetingKind kind, String place, Double latitude,
		Double longitude, LocalDateTime start, LocalDateTime end, String recurrence, List<String> languages,
		boolean interpretation, String facilitator, String officerStar, String facilitatorAccount) {

	public NewMeeting(List<String> beats, String title, MeetingKind kind, String place, Double latitude,
			Double longitude, LocalDateTime start, LocalDateTime end, String recurrence, List<String> languages,
			boolean interpretation, String facilitator, String officerStar) {
		this(beats, title, kind, place, latitude, longitude, start, end, recurrence, languages, interpretation,
				facilitator, officerStar, null);
	}

	public NewMeeting(List<String> beats, String title, MeetingKind kind, String place, Double latitude,
			Double longitude, LocalDateTime start, LocalDateTime end, String recurrence, List<String> languages,
			boolean interpretation) {
		this(beats, title, kind, place, latitude, longitude, start, end, recurrence, languages, interpretation, null,
				null, null);
	}

}
