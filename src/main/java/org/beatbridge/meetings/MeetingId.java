package org.beatbridge.meetings;

import java.util.UUID;

/**
 * Identifies a meeting or a series.
 */
public record MeetingId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
