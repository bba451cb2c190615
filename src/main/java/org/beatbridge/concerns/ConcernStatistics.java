package org.beatbridge.concerns;

import java.time.Instant;
import java.util.List;

/**
 * Counts of concerns for meeting agendas and dashboards, read from the concerns
 * themselves (never a copy).
 */
public interface ConcernStatistics {

	/**
	 * Counts per beat and category for the given beats (or, when empty, the district's
	 * beats; when both are empty, the whole city), sorted by beat, then most open first.
	 * Rows with nothing open and nothing new are left out; a concern merged into another
	 * counts once, as the surviving concern.
	 * @param since what counts as new
	 */
	List<ConcernCount> counts(List<String> beats, String district, Instant since);

	/**
	 * The open concerns with the most "me too"s in the given beats, most supported first.
	 */
	List<ConcernView> mostSupported(List<String> beats, int limit);

}
