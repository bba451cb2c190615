package org.beatbridge.notifications.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Hashes of addresses and unsubscribe tokens. Unsubscribes are kept by the address's hash
 * so that an anonymous resident's address can be erased after sending while their "no
 * more emails" still holds (decision 0802).
 */
final class EmailAddresses {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private EmailAddresses() {
	}

	static byte[] hash(String address) {
		return sha256(address.strip().toLowerCase(Locale.ROOT));
	}

	/** A new unsubscribe token: 256 random bits, URL-safe. */
	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static boolean looksLikeToken(String token) {
		return token != null && TOKEN.matcher(token).matches();
	}

	static byte[] hashToken(String token) {
		return sha256(token);
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
