package org.beatbridge.open311;

/**
 * How many concerns one API key may report: an app reports for many residents, often from
 * one server address, so it is limited per key rather than per address.
 */
public interface KeySubmissionLimits {

	/**
	 * Counts one report by the key.
	 * @throws org.beatbridge.concerns.TooManySubmissions when the key is over its limit
	 */
	void consume(ApiKeyView key);

	/**
	 * Gives back the report counted by {@link #consume} when it was refused as invalid.
	 */
	void refund(ApiKeyView key);

}
