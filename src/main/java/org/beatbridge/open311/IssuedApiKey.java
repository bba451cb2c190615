package org.beatbridge.open311;

/**
 * A key just issued: {@code apiKey} is its only appearance in clear.
 */
public record IssuedApiKey(ApiKeyView key, String apiKey) {

	@Override
	public String toString() {
		return "IssuedApiKey[" + this.key + "]";
	}

}
