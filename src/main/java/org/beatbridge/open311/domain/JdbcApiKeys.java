package org.beatbridge.open311.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.beatbridge.open311.ApiKeyView;
import org.beatbridge.open311.ApiKeys;
import org.beatbridge.open311.InvalidApiKeyRequest;
import org.beatbridge.open311.IssuedApiKey;
import org.beatbridge.open311.Open311Settings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keys are 32 random bytes; the table holds their SHA-256 (a key is too random to be
 * guessed from its hash, so no salt or slow hash is needed) and a short prefix.
 */
@Service
class JdbcApiKeys implements ApiKeys {

	static final String KEY_START = "bb311_";

	static final int MAX_NAME = 120;

	static final int MAX_SUBMISSIONS_PER_HOUR = 1_000_000;

	private static final String COLUMNS = "id, name, owner, key_prefix, submissions_per_hour, issued_by, issued_at, revoked_at";

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Open311Settings settings;

	private final Clock clock = Clock.systemUTC();

	private final JdbcKeySubmissionLimits limits;

	JdbcApiKeys(JdbcClient jdbc, Open311Settings settings, JdbcKeySubmissionLimits limits) {
		this.jdbc = jdbc;
		this.limits = limits;
		this.settings = settings;
	}

	@Override
	@Transactional
	public IssuedApiKey issue(String name, String owner, Integer submissionsPerHour, String issuedBy) {
		String cleanName = required("name", name);
		String cleanOwner = required("owner", owner);
		int limit = (submissionsPerHour != null) ? submissionsPerHour : this.settings.submissionsPerHour();
		if (limit < 1 || limit > MAX_SUBMISSIONS_PER_HOUR) {
			throw InvalidApiKeyRequest.because("submissionsPerHour",
					"The limit must be a whole number from 1 to " + MAX_SUBMISSIONS_PER_HOUR + " reports per hour.");
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String key = KEY_START + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		long id = this.jdbc.sql("""
				insert into open311_api_keys (name, owner, key_hash, key_prefix, submissions_per_hour, issued_by,
					issued_at) values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(cleanName, cleanOwner, hash(key), key.substring(0, KEY_START.length() + 4), limit, issuedBy,
					Timestamp.from(now))
			.query(Long.class)
			.single();
		ApiKeyView view = new ApiKeyView(id, cleanName, cleanOwner, key.substring(0, KEY_START.length() + 4), limit,
				issuedBy, now, null);
		return new IssuedApiKey(view, key);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApiKeyView> all() {
		return this.jdbc.sql("select " + COLUMNS + " from open311_api_keys order by issued_at desc, id desc")
			.query(JdbcApiKeys::view)
			.list();
	}

	@Override
	@Transactional
	public boolean revoke(long id, String revokedBy) {
		this.jdbc.sql("update open311_api_keys set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
			.params(Timestamp.from(this.clock.instant()), revokedBy, id)
			.update();
		// this node's reports taken ahead end now; other nodes' within a second (decision
		// 0767)
		this.limits.forget(id);
		return this.jdbc.sql("select count(*) from open311_api_keys where id = ?")
			.param(id)
			.query(Long.class)
			.single() > 0;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ApiKeyView> verify(String key) {
		if (!looksLikeKey(key)) {
			return Optional.empty();
		}
		return this.jdbc.sql("select " + COLUMNS + " from open311_api_keys where key_hash = ? and revoked_at is null")
			.param(hash(key))
			.query(JdbcApiKeys::view)
			.optional();
	}

	private static String required(String field, String value) {
		String clean = (value != null) ? value.strip() : "";
		if (clean.isEmpty() || clean.length() > MAX_NAME || clean.chars().anyMatch(Character::isISOControl)) {
			throw InvalidApiKeyRequest.because(field,
					"The " + field + " must have 1 to " + MAX_NAME + " characters, without control characters.");
		}
		return clean;
	}

	/**
	 * Whether {@code key} has the form of a key, so that it is worth looking up.
	 */
	static boolean looksLikeKey(String key) {
		return key != null && key.startsWith(KEY_START) && key.length() <= 100;
	}

	static byte[] hash(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private static ApiKeyView view(ResultSet rs, int row) throws SQLException {
		Timestamp revoked = rs.getTimestamp("revoked_at");
		return new ApiKeyView(rs.getLong("id"), rs.getString("name"), rs.getString("owner"), rs.getString("key_prefix"),
				rs.getInt("submissions_per_hour"), rs.getString("issued_by"), rs.getTimestamp("issued_at").toInstant(),
				(revoked != null) ? revoked.toInstant() : null);
	}

}
