package org.beatbridge.problems.domain;

import java.time.Instant;
import java.util.List;

/**
 * A problem offered to officers (from an uptick, a meeting priority or concerns), until
 * they open a case from it or dismiss it.
 */
public record Suggestion(long id, CaseSource source, String sourceReference, String district, List<String> beats,
		String category, String title, String detail, Instant suggestedAt) {

	public Suggestion {
		beats = List.copyOf(beats);
	}

}
