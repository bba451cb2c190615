package org.beatbridge.concerns.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Tracking tokens: 256 random bits, shown once to the reporter, stored only as a SHA-256
 * hash (a token this long needs no slow hash: it cannot be guessed).
 */
final class TrackingTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

	private TrackingTokens() {
	}

	static String next() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static boolean looksValid(String token) {
		return token != null && FORMAT.matcher(token).matches();
	}

	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
