package org.beatbridge.identity.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.beatbridge.identity.AccountCreated;
import org.beatbridge.identity.AccountRejected;
import org.beatbridge.identity.AccountView;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.NewAccount;
import org.beatbridge.identity.OfficerAssignment;
import org.beatbridge.identity.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts stored in PostgreSQL ({@code accounts}, {@code account_roles},
 * {@code officer_beats}).
 */
@Service
class JdbcAccounts implements Accounts {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final Validator validator;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	JdbcAccounts(JdbcClient jdbc, PasswordEncoder passwords, PasswordPolicy policy, Validator validator,
			MessageSource messages, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.policy = policy;
		this.validator = validator;
		this.messages = messages;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AccountView> findByUsername(String username) {
		if (username == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("select * from accounts where lower(username) = lower(:username)")
			.param("username", username.trim())
			.query((rs, row) -> rs.getLong("id"))
			.optional()
			.map(this::view);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AccountView> findById(long id) {
		boolean exists = this.jdbc.sql("select count(*) from accounts where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single() > 0;
		return exists ? Optional.of(view(id)) : Optional.empty();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccountView> officersOf(int district) {
		return this.jdbc.sql("""
				select a.id from accounts a join account_roles r on r.account_id = a.id and r.role = 'OFFICER'
				where a.enabled and (a.district = :district or exists (select 1 from officer_beats b
					where b.account_id = a.id and substring(b.beat, 1, 2)::int = :district))
				order by a.display_name, a.id""")
			.param("district", district)
			.query(Long.class)
			.list()
			.stream()
			.map(this::view)
			.toList();
	}

	@Override
	@Transactional
	public AccountView create(NewAccount account) {
		Locale locale = LocaleContextHolder.getLocale();
		check(account, locale);
		String username = account.username().trim();
		String email = blankToNull(account.email());
		String displayName = (blankToNull(account.displayName()) != null) ? account.displayName().trim()
				: username.split("@")[0];
		Integer district = account.district();
		if (district == null && !account.beats().isEmpty()) {
			district = Integer.valueOf(account.beats().get(0).substring(0, 2));
		}
		long id;
		try {
			id = this.jdbc.sql("""
					insert into accounts (username, email, display_name, password_hash, star_number, district)
					values (:username, :email, :displayName, :hash, :star, :district) returning id""")
				.param("username", username)
				.param("email", email)
				.param("displayName", displayName)
				.param("hash", this.passwords.encode(account.password()))
				.param("star", blankToNull(account.starNumber()))
				.param("district", district)
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			// Another node (or a double click) created it between the check and the
			// insert.
			throw AccountRejected.taken("username", message("identity.username.taken", locale));
		}
		for (Role role : account.roles()) {
			this.jdbc.sql("insert into account_roles (account_id, role) values (:id, :role)")
				.param("id", id)
				.param("role", role.name())
				.update();
		}
		for (String beat : new LinkedHashSet<>(account.beats())) {
			this.jdbc.sql("insert into officer_beats (account_id, beat) values (:id, :beat)")
				.param("id", id)
				.param("beat", beat)
				.update();
		}
		this.events.publishEvent(new AccountCreated(id, username, account.roles()));
		return view(id);
	}

	private void check(NewAccount account, Locale locale) {
		Set<ConstraintViolation<NewAccount>> violations = this.validator.validate(account);
		if (!violations.isEmpty()) {
			ConstraintViolation<NewAccount> first = violations.stream()
				.sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
				.findFirst()
				.orElseThrow();
			String path = first.getPropertyPath().toString();
			String field = path.contains("[") ? path.substring(0, path.indexOf('[')) : path;
			throw AccountRejected.invalid(field, first.getMessage());
		}
		boolean officer = account.roles().contains(Role.OFFICER) || account.roles().contains(Role.SUPERVISOR);
		if (!officer && (blankToNull(account.starNumber()) != null || account.district() != null
				|| !account.beats().isEmpty())) {
			throw AccountRejected.invalid("role", message("identity.assignment.officersOnly", locale));
		}
		for (String beat : account.beats()) {
			int beatDistrict = Integer.parseInt(beat.substring(0, 2));
			Integer district = (account.district() != null) ? account.district()
					: Integer.valueOf(account.beats().get(0).substring(0, 2));
			if (beatDistrict != district) {
				throw AccountRejected.invalid("beats", message("identity.beat.district", locale, beat, district));
			}
		}
		if (findByUsername(account.username()).isPresent()) {
			throw AccountRejected.taken("username", message("identity.username.taken", locale));
		}
		String email = blankToNull(account.email());
		if (email != null && this.jdbc.sql("select count(*) from accounts where lower(email) = lower(:email)")
			.param("email", email.trim())
			.query(Integer.class)
			.single() > 0) {
			throw AccountRejected.taken("email", message("identity.email.taken", locale));
		}
		this.policy.problemWith(account.password(), locale, account.username(), account.email(), account.displayName())
			.ifPresent(problem -> {
				throw AccountRejected.weakPassword(problem);
			});
	}

	private AccountView view(long id) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		this.jdbc.sql("select role from account_roles where account_id = :id")
			.param("id", id)
			.query(String.class)
			.list()
			.forEach(role -> roles.add(Role.valueOf(role)));
		List<String> beats = this.jdbc.sql("select beat from officer_beats where account_id = :id order by beat")
			.param("id", id)
			.query(String.class)
			.list();
		return this.jdbc.sql("select * from accounts where id = :id")
			.param("id", id)
			.query((rs, row) -> view(rs, roles, beats))
			.single();
	}

	private static AccountView view(ResultSet rs, Set<Role> roles, List<String> beats) throws SQLException {
		String star = rs.getString("star_number");
		Integer district = rs.getObject("district", Integer.class);
		OfficerAssignment officer = (star != null || district != null || !beats.isEmpty())
				? new OfficerAssignment(star, district, new ArrayList<>(beats)) : null;
		Instant created = rs.getObject("created_at", OffsetDateTime.class).toInstant();
		return new AccountView(rs.getLong("id"), rs.getString("username"), rs.getString("email"),
				rs.getString("display_name"), roles, rs.getBoolean("enabled"), created, officer);
	}

	private String message(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
