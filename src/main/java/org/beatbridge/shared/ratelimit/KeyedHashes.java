package org.beatbridge.shared.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes (HMAC-SHA-256) of things BeatBridge must recognise again but never store:
 * who supported a concern, which client is sending reports. The secret is made once and
 * kept in the database so every node computes the same hash; without it a hash cannot be
 * reversed by trying every account or address. (The table is still called
 * {@code concern_secrets}: concerns used it first.)
 */
@Component
public class KeyedHashes {

	private final JdbcClient jdbc;

	private final SecureRandom random = new SecureRandom();

	private volatile byte[] secret;

	KeyedHashes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The keyed hash of {@code value} in a {@code purpose} (so hashes of one purpose
	 * cannot be matched against another's).
	 */
	public byte[] hash(String purpose, String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
			mac.update(purpose.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", ex);
		}
	}

	/**
	 * The key of a client's rate limit bucket in a {@code purpose}: a keyed hash of its
	 * address (IPv6 by its /64, what one household gets), never the address itself.
	 */
	public String clientKey(String purpose, String clientAddress) {
		return "client:" + HexFormat.of().formatHex(hash(purpose, household(clientAddress)));
	}

	/** The key of a signed-in account's rate limit bucket in a {@code purpose}. */
	public String accountKey(String purpose, long accountId) {
		return "account:" + HexFormat.of().formatHex(hash(purpose, "account:" + accountId));
	}

	/** The part of a client address that names one household: IPv6 by its /64. */
	public static String household(String address) {
		if (address == null || address.isBlank()) {
			return "unknown";
		}
		String literal = address.strip();
		if (literal.indexOf(':') < 0) {
			return literal;
		}
		try {
			// A literal IPv6 address: no name lookup happens
			byte[] bytes = InetAddress.getByName(literal).getAddress();
			if (bytes.length == 16) {
				return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
			}
			return InetAddress.getByAddress(bytes).getHostAddress();
		}
		catch (UnknownHostException ex) {
			return literal;
		}
	}

	private byte[] secret() {
		byte[] known = this.secret;
		if (known == null) {
			byte[] candidate = new byte[32];
			this.random.nextBytes(candidate);
			this.jdbc.sql("insert into concern_secrets (name, secret) values ('hashes', ?) on conflict do nothing")
				.param(candidate)
				.update();
			known = this.jdbc.sql("select secret from concern_secrets where name = 'hashes'")
				.query(byte[].class)
				.single();
			this.secret = known;
		}
		return known;
	}

}
