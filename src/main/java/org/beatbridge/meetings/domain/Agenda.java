package org.beatbridge.meetings.domain;

import java.time.Instant;

/**
 * The CAPS agenda of one occurrence, one text per section, as generated and then edited
 * by the facilitators.
 *
 * @param publishedAt when it was published, or null while it is a draft only the
 * facilitators see
 */
public record Agenda(String welcome, String feedback, String conditions, String strategies, String nextSteps,
		Instant publishedAt) {

	public boolean published() {
		return this.publishedAt != null;
	}

}
