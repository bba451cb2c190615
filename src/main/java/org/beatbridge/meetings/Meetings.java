package org.beatbridge.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The authoritative schedule of beat meetings and district events.
 */
public interface Meetings {

	/**
	 * Schedules a one-off meeting or a series, all or nothing.
	 * @throws InvalidMeeting when a beat is unknown, the end is not after the start, the
	 * recurrence rule cannot be read, or a required field is missing
	 */
	MeetingId schedule(NewMeeting meeting);

	/**
	 * Replaces a meeting's or series' definition, all or nothing; moved and cancelled
	 * occurrences that still occur keep their change.
	 * @throws InvalidMeeting as {@link #schedule}, or when there is no such meeting
	 */
	void update(MeetingId meeting, NewMeeting definition);

	/**
	 * The meeting as it was scheduled, times in Chicago, for editing.
	 */
	Optional<NewMeeting> definition(MeetingId meeting);

	/**
	 * Whether the account is one of the meeting's designated facilitators (its resident
	 * beat facilitator or its beat officer), who may prepare and run it.
	 */
	boolean isFacilitator(MeetingId meeting, long accountId);

	/**
	 * One occurrence, given by its originally scheduled start, with its move or
	 * cancellation applied.
	 */
	Optional<MeetingOccurrence> occurrence(MeetingId meeting, Instant originalStart);

	/**
	 * Moves one occurrence of a series (or a one-off meeting), given by its originally
	 * scheduled start, to another Chicago wall clock time.
	 */
	void move(MeetingId meeting, Instant originalStart, java.time.LocalDateTime newStart,
			java.time.LocalDateTime newEnd);

	/**
	 * Cancels one occurrence; it stays in feeds as cancelled so calendars remove it.
	 */
	void cancel(MeetingId meeting, Instant originalStart);

	/**
	 * Occurrences matching the query, by start time.
	 */
	List<MeetingOccurrence> occurrences(MeetingQuery query);

	/**
	 * The next meetings of a beat that are not cancelled, starting from now.
	 */
	List<MeetingOccurrence> next(String beat, Instant now, int limit);

}
