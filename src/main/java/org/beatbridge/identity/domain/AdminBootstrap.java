package org.beatbridge.identity.domain;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.beatbridge.identity.AccountRejected;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.NewAccount;
import org.beatbridge.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start of the server, creates the {@code admin} account: with
 * {@code BEATBRIDGE_ADMIN_PASSWORD} when set, otherwise with a random password printed
 * once to the log. Nodes starting together take a PostgreSQL advisory lock, so only one
 * creates it.
 */
@Component
@ConditionalOnWebApplication
public class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	/** Arbitrary, fixed: the advisory lock every node agrees on. */
	private static final long LOCK_ID = 0x6265617441646dL;

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final String configuredPassword;

	AdminBootstrap(JdbcClient jdbc, Accounts accounts,
			@Value("${beatbridge.admin-password:}") String configuredPassword) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		ensureAdminExists(this.configuredPassword);
	}

	/** Creates {@code admin} unless an administrator exists; true when it did. */
	@Transactional
	public boolean ensureAdminExists(String password) {
		this.jdbc.sql("select pg_advisory_xact_lock(:id)").param("id", LOCK_ID).query((rs, row) -> 1).list();
		boolean adminExists = this.jdbc.sql("select exists (select 1 from account_roles where role = 'ADMIN')")
			.query(Boolean.class)
			.single();
		if (adminExists) {
			return false;
		}
		boolean generated = password == null || password.isBlank();
		String chosen = generated ? randomPassword() : password;
		Locale previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		try {
			this.accounts.create(
					new NewAccount("admin", null, "Administrator", chosen, Set.of(Role.ADMIN), null, null, List.of()));
		}
		catch (AccountRejected ex) {
			throw new IllegalStateException("Cannot create the first administrator 'admin': " + ex.getMessage(), ex);
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
		if (generated) {
			log.warn("""

					==================================================================
					  First start: created the administrator account.
					    username: admin
					    password: {}
					  This password is shown only once. Sign in and keep it safe, or
					  set BEATBRIDGE_ADMIN_PASSWORD before the first start instead.
					==================================================================
					""", chosen);
		}
		else {
			log.info("First start: created the administrator 'admin' with the configured password");
		}
		return true;
	}

	private static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 24; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
