package org.beatbridge.open311;

import java.util.List;
import java.util.Optional;

/**
 * The keys Open311 clients report with. Only a hash of a key is kept: the key is shown
 * once, when it is issued.
 */
public interface ApiKeys {

	/**
	 * Issues a new key.
	 * @param submissionsPerHour how many concerns the key may report per hour, or
	 * {@code null} for the configured default
	 * @param issuedBy the administrator's username
	 * @throws InvalidApiKeyRequest when the name, owner or limit is not acceptable
	 */
	IssuedApiKey issue(String name, String owner, Integer submissionsPerHour, String issuedBy);

	/**
	 * Every key, newest first, revoked ones included.
	 */
	List<ApiKeyView> all();

	/**
	 * Revokes a key; revoking a revoked key changes nothing.
	 * @return whether there is such a key
	 */
	boolean revoke(long id, String revokedBy);

	/**
	 * The live key {@code key} is, if any.
	 */
	Optional<ApiKeyView> verify(String key);

}
