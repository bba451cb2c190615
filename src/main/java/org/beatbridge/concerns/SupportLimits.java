package org.beatbridge.concerns;

/**
 * How often one client may say "me too", on any concern: keeps one script from inflating
 * the counts officers read. Shared by all nodes; only an expiring keyed hash of the
 * client's address is stored (decision 0707).
 */
public interface SupportLimits {

	/**
	 * Counts one "me too" by a client.
	 * @param clientAddress the client's IP address as the server sees it
	 * @param accountId the signed-in account, or {@code null}; accounts are limited per
	 * account, at a higher rate
	 * @throws TooManySupports when the client is over its limit
	 */
	void consume(String clientAddress, Long accountId);

}
