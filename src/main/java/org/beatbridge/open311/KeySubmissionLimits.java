package org.beatbridge.open311;

/**
 * How many concerns one API key may report: an app reports for many residents, often from
 * one server address, so it is limited per key rather than per address.
 */
public interface KeySubmissionLimits {

	/**
	 * Counts one report by the key in the caller's transaction, which must be the
	 * report's own: it is counted only if the report commits. Call it last, right before
	 * the commit: the key's row stays locked until then.
	 * @throws org.beatbridge.concerns.TooManySubmissions when the key is over its limit;
	 * the caller's transaction must then roll back
	 */
	void consume(ApiKeyView key);

	/**
	 * Refuses at once, without the report's work, a key this node already saw refused
	 * whose wait is not over yet.
	 * @throws org.beatbridge.concerns.TooManySubmissions when the key must still wait
	 */
	void refuseWhileWaiting(ApiKeyView key);

}
