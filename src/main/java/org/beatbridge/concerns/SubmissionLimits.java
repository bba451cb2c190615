package org.beatbridge.concerns;

/**
 * How often one client may report concerns, whichever way it reports (web form, Open311):
 * keeps a flood of fake reports from burying real ones. Shared by all nodes; the client's
 * address is never stored, only a keyed hash of it that expires.
 */
public interface SubmissionLimits {

	/**
	 * Counts one report by a client.
	 * @param clientAddress the client's IP address as the server sees it
	 * @param accountId the signed-in account, or {@code null}; signed-in residents are
	 * limited per account, at a higher rate
	 * @throws TooManySubmissions when the client is over its limit
	 */
	void consume(String clientAddress, Long accountId);

	/**
	 * Gives back the report counted by {@link #consume}, when it was refused as invalid:
	 * a resident correcting the form is not punished for it.
	 */
	void refund(String clientAddress, Long accountId);

}
