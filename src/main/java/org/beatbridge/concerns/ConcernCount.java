package org.beatbridge.concerns;

/**
 * How many concerns of a category a beat has.
 *
 * @param open concerns still needing work (whenever reported)
 * @param reportedSince concerns reported since the query's date (whatever their status)
 * @param supporters "me too"s on the open ones
 */
public record ConcernCount(String beat, String district, String category, long open, long reportedSince,
		long supporters) {

}
