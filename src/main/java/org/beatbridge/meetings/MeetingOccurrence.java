package org.beatbridge.meetings;

import java.time.Instant;
import java.util.List;

/**
 * One meeting on one day: a one-off meeting, an imported event or one occurrence of a
 * series (already moved when it was moved).
 *
 * @param uid stable identifier of this occurrence, the same in every feed and every
 * request
 * @param beats the 4-digit beats it is for; empty for a district event
 * @param end may be null when the source did not say
 */
public record MeetingOccurrence(String uid, String title, String district, List<String> beats, MeetingKind kind,
		String place, Double latitude, Double longitude, Instant start, Instant end, List<String> languages,
		boolean interpretation, boolean cancelled, String details) {

	public MeetingOccurrence {
		beats = List.copyOf(beats);
		languages = List.copyOf(languages);
	}

	public boolean isBeatMeeting() {
		return !this.beats.isEmpty();
	}

}
