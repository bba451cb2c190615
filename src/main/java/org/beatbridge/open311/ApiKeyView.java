package org.beatbridge.open311;

import java.time.Instant;

/**
 * An Open311 API key as administrators see it, without the key.
 *
 * @param prefix the key's first characters, so an owner can tell their keys apart
 * @param submissionsPerHour how many concerns the key may report per hour
 * @param revokedAt when the key stopped working, or {@code null} while it works
 */
public record ApiKeyView(long id, String name, String owner, String prefix, int submissionsPerHour, String issuedBy,
		Instant issuedAt, Instant revokedAt) {

	public boolean revoked() {
		return this.revokedAt != null;
	}

}
