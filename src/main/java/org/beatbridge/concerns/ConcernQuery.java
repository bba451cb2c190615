package org.beatbridge.concerns;

import java.time.Instant;
import java.util.List;

/**
 * Which concerns to list, newest first. Empty lists and {@code null}s do not filter.
 *
 * @param beats 4-digit beat numbers
 * @param district a district number ({@code "17"})
 * @param requestedFrom reported at or after
 * @param requestedTo reported before
 * @param limit at most this many (1 to 1,000)
 */
public record ConcernQuery(List<String> beats, String district, List<String> categories, List<ConcernStatus> statuses,
		Instant requestedFrom, Instant requestedTo, int limit) {

	public static final int MAX_LIMIT = 1000;

	public ConcernQuery {
		beats = (beats != null) ? List.copyOf(beats) : List.of();
		categories = (categories != null) ? List.copyOf(categories) : List.of();
		statuses = (statuses != null) ? List.copyOf(statuses) : List.of();
		limit = Math.max(1, Math.min(limit, MAX_LIMIT));
	}

	/**
	 * The latest concerns of one beat.
	 */
	public static ConcernQuery beat(String beat, int limit) {
		return new ConcernQuery(List.of(beat), null, List.of(), List.of(), null, null, limit);
	}

	public ConcernQuery withStatuses(List<ConcernStatus> statuses) {
		return new ConcernQuery(this.beats, this.district, this.categories, statuses, this.requestedFrom,
				this.requestedTo, this.limit);
	}

}
