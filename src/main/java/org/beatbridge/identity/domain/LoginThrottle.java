package org.beatbridge.identity.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.beatbridge.identity.IdentitySettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per username in the database, so every node sees the same count:
 * after {@code maxFailedLogins} failures the username is locked for {@code lockout}.
 * Unknown usernames are counted too, so a lock tells nothing about whether an account
 * exists. Times come from the database clock, the one clock all nodes share.
 */
@Component
public class LoginThrottle {

	private final JdbcClient jdbc;

	private final IdentitySettings settings;

	LoginThrottle(JdbcClient jdbc, IdentitySettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** Until when {@code loginKey} is locked; empty when it may try. */
	public Optional<Instant> lockedUntil(String loginKey) {
		return this.jdbc.sql("select locked_until from login_throttle where login_key = :key and locked_until > now()")
			.param("key", loginKey)
			.query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.optional();
	}

	/** Counts one more failure in one atomic statement (two nodes may count at once). */
	void recordFailure(String loginKey) {
		this.jdbc.sql("""
				insert into login_throttle as t (login_key, failures, last_failure_at, locked_until)
				values (:key, 1, now(), case when 1 >= :max then now() + make_interval(secs => :lock) end)
				on conflict (login_key) do update set
				  failures = case when t.last_failure_at < now() - make_interval(secs => :lock)
				                    or t.locked_until <= now() then 1 else t.failures + 1 end,
				  last_failure_at = now(),
				  locked_until = case when (case when t.last_failure_at < now() - make_interval(secs => :lock)
				                    or t.locked_until <= now() then 1 else t.failures + 1 end) >= :max
				                 then now() + make_interval(secs => :lock) end""")
			.param("key", loginKey)
			.param("max", this.settings.maxFailedLogins())
			.param("lock", (double) this.settings.lockout().toSeconds())
			.update();
	}

	/** Forgets this name's failures, and any name's that no longer count. */
	void reset(String loginKey) {
		this.jdbc.sql("""
				delete from login_throttle where login_key = :key
				or (last_failure_at < now() - make_interval(secs => :lock)
				    and (locked_until is null or locked_until < now()))""")
			.param("key", loginKey)
			.param("lock", (double) this.settings.lockout().toSeconds())
			.update();
	}

}
