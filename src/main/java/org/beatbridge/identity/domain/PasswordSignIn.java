package org.beatbridge.identity.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.beatbridge.identity.CurrentAccount;
import org.beatbridge.identity.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a username (or email) and password, for the sign-in form and the token endpoint
 * alike, with the same throttling for both.
 */
@Component
public class PasswordSignIn {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final LoginThrottle throttle;

	/** Compared against when the username is unknown, so both cases take as long. */
	private final String unknownUserHash;

	PasswordSignIn(JdbcClient jdbc, PasswordEncoder passwords, LoginThrottle throttle) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.throttle = throttle;
		this.unknownUserHash = passwords.encode("no such account, only here to spend the same time");
	}

	/**
	 * The account signing in.
	 * @throws LockedException after too many failures (carries no account detail)
	 * @throws BadCredentialsException for an unknown username or a wrong password alike
	 * @throws DisabledException for a disabled account, only once the password is right
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public CurrentAccount signIn(String login, String password) {
		String given = (login == null) ? "" : login.trim();
		Optional<StoredCredentials> stored = this.jdbc.sql("""
				select id, username, display_name, password_hash, enabled from accounts
				where lower(username) = lower(:login) or lower(email) = lower(:login)
				order by (lower(username) = lower(:login)) desc limit 1""")
			.param("login", given)
			.query((rs, row) -> new StoredCredentials(rs.getLong("id"), rs.getString("username"),
					rs.getString("display_name"), rs.getString("password_hash"), rs.getBoolean("enabled")))
			.optional();
		String key = stored.map(StoredCredentials::username).orElse(given).toLowerCase(Locale.ROOT);
		Optional<Instant> locked = this.throttle.lockedUntil(key);
		if (locked.isPresent()) {
			throw new LockedException("Too many failed sign-ins; locked until " + locked.get());
		}
		String raw = (password == null) ? "" : password;
		boolean matches = false;
		if (stored.isPresent()) {
			matches = this.passwords.matches(raw, stored.get().passwordHash());
		}
		else {
			this.passwords.matches(raw, this.unknownUserHash);
		}
		if (!matches) {
			this.throttle.recordFailure(key);
			throw new BadCredentialsException("Bad credentials");
		}
		StoredCredentials account = stored.get();
		if (!account.enabled()) {
			throw new DisabledException("Account disabled");
		}
		this.throttle.reset(key);
		if (this.passwords.upgradeEncoding(account.passwordHash())) {
			this.jdbc.sql("update accounts set password_hash = :hash where id = :id")
				.param("hash", this.passwords.encode(raw))
				.param("id", account.id())
				.update();
		}
		return new CurrentAccount(account.id(), account.username(), account.displayName(), roles(account.id()));
	}

	/**
	 * The account behind a verified id (bearer tokens), if it still exists and is
	 * enabled.
	 */
	public Optional<CurrentAccount> enabledAccount(long id) {
		return this.jdbc.sql("select id, username, display_name from accounts where id = :id and enabled")
			.param("id", id)
			.query((rs, row) -> new CurrentAccount(rs.getLong("id"), rs.getString("username"),
					rs.getString("display_name"), roles(id)))
			.optional();
	}

	private Set<Role> roles(long id) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		this.jdbc.sql("select role from account_roles where account_id = :id")
			.param("id", id)
			.query(String.class)
			.list()
			.forEach(role -> roles.add(Role.valueOf(role)));
		return roles;
	}

	private record StoredCredentials(long id, String username, String displayName, String passwordHash,
			boolean enabled) {

	}

}
