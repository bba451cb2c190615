package org.beatbridge.meetings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A beat meeting chose a priority problem; problem solving opens a case from it.
 *
 * @param priority the priority's id, stable for later references
 * @param meeting the meeting (or series) where it was chosen
 * @param occurrenceStart the originally scheduled start of that occurrence
 * @param beats the beats of the meeting
 */
public record PriorityProblemSelected(UUID priority, MeetingId meeting, Instant occurrenceStart, String district,
		List<String> beats, String title, String description) {

	public PriorityProblemSelected {
		beats = List.copyOf(beats);
	}

}
