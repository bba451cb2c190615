package org.beatbridge.identity;

import java.time.Instant;

/**
 * A bearer token for the JSON API, shown once: only its SHA-256 hash is stored.
 */
public record IssuedToken(String token, String tokenType, Instant expiresAt) {

	public static IssuedToken bearer(String token, Instant expiresAt) {
		return new IssuedToken(token, "Bearer", expiresAt);
	}

}
