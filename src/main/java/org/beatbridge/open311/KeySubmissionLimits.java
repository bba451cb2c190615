package org.beatbridge.open311;

import java.util.OptionalLong;

/**
 * How many concerns one API key may report: an app reports for many residents, often from
 * one server address, so it is limited per key rather than per address.
 */
public interface KeySubmissionLimits {

	/**
	 * Checks the key and takes one report from its allowance, in one statement that
	 * commits at once (decision 0764): the key's allowance is locked only while that
	 * statement runs, not while the report is written. Give the report back with
	 * {@link #giveBack} if it is then not stored.
	 * @param key the key as the client sent it (may be {@code null})
	 * @return the live key's id, or empty when {@code key} is none (unknown or revoked);
	 * then nothing is taken
	 * @throws org.beatbridge.concerns.TooManySubmissions when the key is over its limit;
	 * nothing is taken
	 */
	OptionalLong take(String key);

	/**
	 * Gives back the report {@link #take} took from the key {@code keyId}, for a report
	 * that was not stored.
	 */
	void giveBack(long keyId);

}
