package org.beatbridge.meetings.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Something a named person agreed to do by a date; open ones are carried onto the next
 * agenda.
 */
public record ActionItem(UUID id, Instant agreedAt, String description, String owner, LocalDate due, Instant doneAt) {

	public boolean done() {
		return this.doneAt != null;
	}

}
