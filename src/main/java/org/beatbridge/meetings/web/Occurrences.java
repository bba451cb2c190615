package org.beatbridge.meetings.web;

import java.util.UUID;

import org.beatbridge.meetings.MeetingId;
import org.beatbridge.meetings.MeetingOccurrence;
import org.beatbridge.meetings.Meetings;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finds the occurrence a page address names ({@code /meetings/{id}/{key}}); anything else
 * is a 404.
 */
@Component
class Occurrences {

	private final Meetings meetings;

	Occurrences(Meetings meetings) {
		this.meetings = meetings;
	}

	MeetingOccurrence find(String id, String key) {
		MeetingId meeting = meetingId(id);
		return MeetingOccurrence.parseKey(key)
			.flatMap((start) -> this.meetings.occurrence(meeting, start))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static MeetingId meetingId(String id) {
		try {
			return new MeetingId(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
