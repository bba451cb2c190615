package org.beatbridge.problems.domain;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A cluster of similar open concerns not yet behind an open case, offered to officers as
 * a problem to open a case for.
 *
 * @param category the concerns' category code
 * @param categoryName its name in the reader's language
 * @param crimeCategory the related crime category, which the case is about, or
 * {@code null}
 * @param concernIds the concerns, newest first
 */
public record ConcernClusterSuggestion(String category, String categoryName, String crimeCategory, List<String> beats,
		String district, String blockAddress, List<Long> concernIds, int supporters, Instant lastReportedAt) {

	public ConcernClusterSuggestion {
		beats = List.copyOf(beats);
		concernIds = List.copyOf(concernIds);
	}

	/**
	 * Stable text naming the concerns: the case's source reference and the form's key.
	 */
	public String reference() {
		return reference(this.concernIds);
	}

	static String reference(List<Long> concernIds) {
		return concernIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
	}

}
