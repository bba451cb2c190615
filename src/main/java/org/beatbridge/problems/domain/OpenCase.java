package org.beatbridge.problems.domain;

import java.util.List;

/**
 * The command to open a case.
 *
 * @param beats the beats, four digits (shorter numbers are padded), all in one district
 * @param suggestionId the suggestion it is opened from, or {@code null} when opened by
 * hand
 * @param concernIds residents' concerns to link at once (a cluster the case is opened
 * from), or empty
 */
public record OpenCase(String title, String statement, String whyPriority, List<String> beats, List<String> categories,
		Long suggestionId, List<Long> concernIds) {

	public OpenCase {
		beats = List.copyOf(beats);
		categories = (categories != null) ? List.copyOf(categories) : List.of();
		concernIds = (concernIds != null) ? List.copyOf(concernIds) : List.of();
	}

	public OpenCase(String title, String statement, String whyPriority, List<String> beats, List<String> categories,
			Long suggestionId) {
		this(title, statement, whyPriority, beats, categories, suggestionId, List.of());
	}

}
