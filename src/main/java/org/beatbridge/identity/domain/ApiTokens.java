package org.beatbridge.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;

import org.beatbridge.identity.CurrentAccount;
import org.beatbridge.identity.IdentitySettings;
import org.beatbridge.identity.IssuedToken;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bearer tokens of the JSON API: 256 random bits, given to the client once; the database
 * keeps only their SHA-256 hash, so a leaked table does not leak usable tokens.
 */
@Component
public class ApiTokens {

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final IdentitySettings settings;

	private final PasswordSignIn signIn;

	ApiTokens(JdbcClient jdbc, IdentitySettings settings, PasswordSignIn signIn) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.signIn = signIn;
	}

	public IssuedToken issue(CurrentAccount account) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		// Housekeeping on the way: this account's tokens that ended more than a day ago.
		this.jdbc.sql("""
				delete from api_tokens where account_id = :account
				and (expires_at < now() - interval '1 day' or revoked_at < now() - interval '1 day')""")
			.param("account", account.id())
			.update();
		OffsetDateTime expiresAt = this.jdbc.sql("""
				insert into api_tokens (account_id, token_hash, expires_at)
				values (:account, :hash, now() + make_interval(secs => :lifetime)) returning expires_at""")
			.param("account", account.id())
			.param("hash", hash(token))
			.param("lifetime", (double) this.settings.tokenLifetime().toSeconds())
			.query(OffsetDateTime.class)
			.single();
		return IssuedToken.bearer(token, expiresAt.toInstant());
	}

	/** The account of a valid token: known, not expired, not revoked, account enabled. */
	public Optional<CurrentAccount> verify(String token) {
		return this.jdbc.sql("""
				select account_id from api_tokens
				where token_hash = :hash and revoked_at is null and expires_at > now()""")
			.param("hash", hash(token))
			.query(Long.class)
			.optional()
			.flatMap(this.signIn::enabledAccount);
	}

	/** Revokes the token; true when it was valid until now. */
	public boolean revoke(String token) {
		return this.jdbc.sql("update api_tokens set revoked_at = now() where token_hash = :hash and revoked_at is null")
			.param("hash", hash(token))
			.update() > 0;
	}

	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
