package org.beatbridge.problems.domain;

import java.util.List;

/**
 * The command to open a case.
 *
 * @param beats the beats, four digits (shorter numbers are padded), all in one district
 * @param suggestionId the suggestion it is opened from, or {@code null} when opened by
 * hand
 */
public record OpenCase(String title, String statement, String whyPriority, List<String> beats, List<String> categories,
		Long suggestionId) {

	public OpenCase {
		beats = List.copyOf(beats);
		categories = (categories != null) ? List.copyOf(categories) : List.of();
	}

}
