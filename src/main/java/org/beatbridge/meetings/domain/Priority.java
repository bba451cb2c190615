package org.beatbridge.meetings.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A priority problem chosen at a meeting, with its strategy, its community contact and
 * the verdict of the meeting that reviewed it.
 *
 * @param review WORKING, CHANGE or CLOSE once reviewed, else null
 */
public record Priority(UUID id, Instant chosenAt, String title, String description, String strategy, String contact,
		String review, String reviewNote) {

	public boolean closed() {
		return "CLOSE".equals(this.review);
	}

}
