package org.beatbridge.concerns;

import java.util.List;

/**
 * What a triage queue shows. {@code null}s and empty lists do not filter.
 *
 * @param district for a citywide scope: one district; ignored otherwise
 * @param beats 4-digit beat numbers
 * @param statuses the statuses to show (the open ones when empty)
 * @param category a category code
 * @param assignedTo only concerns assigned to this account
 * @param limit at most this many (1 to 500)
 */
public record TriageFilter(Integer district, List<String> beats, List<ConcernStatus> statuses, String category,
		Long assignedTo, Order order, int limit) {

	public static final int MAX_LIMIT = 500;

	public TriageFilter {
		beats = (beats != null) ? List.copyOf(beats) : List.of();
		statuses = (statuses != null && !statuses.isEmpty()) ? List.copyOf(statuses)
				: List.copyOf(ConcernStatus.open());
		order = (order != null) ? order : Order.OLDEST;
		limit = Math.max(1, Math.min(limit, MAX_LIMIT));
	}

	/** The open concerns of the scope, oldest first. */
	public static TriageFilter open() {
		return new TriageFilter(null, List.of(), List.of(), null, null, Order.OLDEST, 100);
	}

	/**
	 * How the queue is sorted: what waits longest, or what most neighbours share.
	 */
	public enum Order {

		OLDEST, MOST_SUPPORTED

	}

}
