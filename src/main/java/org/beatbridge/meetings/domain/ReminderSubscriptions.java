package org.beatbridge.meetings.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.beatbridge.meetings.InvalidMeeting;
import org.beatbridge.notifications.Notice;
import org.beatbridge.notifications.Notifications;
import org.beatbridge.notifications.Recipient;
import org.beatbridge.shared.ratelimit.KeyedHashes;
import org.beatbridge.shared.ratelimit.TokenBuckets;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who wants reminders of a beat's meetings. Signed-in residents subscribe their account
 * at once. An email address is double opt-in: it gets only a confirmation email until its
 * holder opens the link, unconfirmed requests are deleted after
 * {@link ReminderSettings#confirmWithin()}, and each client may ask a few times an hour
 * (decision 0511).
 */
@Service
public class ReminderSubscriptions {

	private static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}";

	private static final String PURPOSE = "meeting-reminders";

	// A pending address gets at most one confirmation email in this time, whoever asks
	private static final java.time.Duration RESEND_AFTER = java.time.Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	private final Notifications notifications;

	private final MessageSource messages;

	private final ReminderSettings settings;

	private final KeyedHashes hashes;

	private final TokenBuckets buckets;

	private final SecureRandom random = new SecureRandom();

	ReminderSubscriptions(JdbcClient jdbc, Notifications notifications, MessageSource messages,
			ReminderSettings settings, KeyedHashes hashes, DataSource dataSource) {
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.messages = messages;
		this.settings = settings;
		this.hashes = hashes;
		this.buckets = TokenBuckets.inTable(dataSource, "meeting_reminder_buckets");
	}

	/** Subscribes a signed-in resident's account; subscribing twice changes nothing. */
	@Transactional
	public void subscribeAccount(String beat, long accountId, Locale locale) {
		this.jdbc.sql("""
				insert into meeting_reminder_subscriptions (id, beat, account_id, locale, confirmed_at)
				values (?, ?, ?, ?, now())
				on conflict (beat, account_id) where account_id is not null do update set locale = excluded.locale""")
			.params(UUID.randomUUID(), beat, accountId, language(locale))
			.update();
	}

	/**
	 * Asks an email address's holder to confirm reminders of a beat: sends the
	 * confirmation email unless the address is already subscribed, or was sent one in the
	 * last minutes. Nothing else goes to the address before it is confirmed.
	 * @throws InvalidMeeting when the address is not one ({@code email})
	 * @throws TooManyReminderRequests when the client asked too often
	 */
	@Transactional
	public void requestByEmail(String beat, String email, Locale locale, String clientAddress) {
		String address = (email == null) ? "" : email.strip();
		if (!address.matches(EMAIL) || address.length() > 254) {
			throw InvalidMeeting.because("email", "Give an email address such as name@example.org.");
		}
		this.buckets
			.tryTake(this.hashes.clientKey(PURPOSE, clientAddress), this.settings.requestsPerClient(),
					this.settings.requestPeriod())
			.ifPresent((wait) -> {
				throw TooManyReminderRequests.retryAfter(wait);
			});
		Instant now = Instant.now();
		Optional<Existing> existing = this.jdbc
			.sql("""
					select id, confirmed_at is not null as confirmed, confirmation_sent_at from meeting_reminder_subscriptions
					where beat = ? and lower(email) = lower(?) for update""")
			.params(beat, address)
			.query((rs, n) -> new Existing(rs.getObject("id", UUID.class), rs.getBoolean("confirmed"),
					rs.getTimestamp("confirmation_sent_at")))
			.optional();
		if (existing.isPresent() && (existing.get().confirmed()
				|| existing.get().sentAt().toInstant().isAfter(now.minus(RESEND_AFTER)))) {
			return;
		}
		String token = newToken();
		if (existing.isPresent()) {
			this.jdbc
				.sql("""
						update meeting_reminder_subscriptions set confirmation_hash = ?, confirmation_sent_at = ?, locale = ?
						where id = ?""")
				.params(hashOf(token), Timestamp.from(now), language(locale), existing.get().id())
				.update();
		}
		else {
			// Two requests for the same new address at once: the second finds the first's
			// row
			int inserted = this.jdbc.sql("""
					insert into meeting_reminder_subscriptions (id, beat, email, locale, confirmation_hash,
						confirmation_sent_at) values (?, ?, ?, ?, ?, ?)
					on conflict (beat, lower(email)) where email is not null do nothing""")
				.params(UUID.randomUUID(), beat, address, language(locale), hashOf(token), Timestamp.from(now))
				.update();
			if (inserted == 0) {
				return;
			}
		}
		Locale language = Locale.forLanguageTag(language(locale));
		String subject = this.messages.getMessage("meetings.confirmation.subject", new Object[] { beat }, language);
		String body = this.messages.getMessage("meetings.confirmation.body",
				new Object[] { address, beat, this.settings.confirmWithin().toDays() }, language);
		this.notifications.send(new Notice(Recipient.email(address, language), "meetings:confirmation", subject, body,
				"/meeting-reminders/confirm/" + token + "?lang=" + language.getLanguage()));
	}

	/** The unconfirmed request a confirmation link stands for, while it is valid. */
	@Transactional(readOnly = true)
	public Optional<PendingReminder> pending(String token) {
		if (!looksLikeToken(token)) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select beat, email from meeting_reminder_subscriptions
				where confirmation_hash = ? and confirmed_at is null and confirmation_sent_at > ?""")
			.params(hashOf(token), Timestamp.from(Instant.now().minus(this.settings.confirmWithin())))
			.query((rs, n) -> new PendingReminder(rs.getString("beat"), rs.getString("email")))
			.optional();
	}

	/**
	 * Confirms the request of a link: from now on its address gets the beat's reminders
	 * (lifting an earlier unsubscribe from them). Confirming twice finds nothing.
	 */
	@Transactional
	public Optional<PendingReminder> confirm(String token) {
		if (!looksLikeToken(token)) {
			return Optional.empty();
		}
		Optional<PendingReminder> confirmed = this.jdbc.sql("""
				update meeting_reminder_subscriptions set confirmed_at = now(), confirmation_hash = null
				where confirmation_hash = ? and confirmed_at is null and confirmation_sent_at > ?
				returning beat, email""")
			.params(hashOf(token), Timestamp.from(Instant.now().minus(this.settings.confirmWithin())))
			.query((rs, n) -> new PendingReminder(rs.getString("beat"), rs.getString("email")))
			.optional();
		confirmed.ifPresent((reminder) -> this.notifications.renewConsent(reminder.email(),
				MeetingReminders.topicOf(reminder.beat())));
		return confirmed;
	}

	/** Deletes unconfirmed requests whose link expired, and full rate limit buckets. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
	@SchedulerLock(name = "meetings.reminders.unconfirmed", lockAtMostFor = "PT10M")
	public void removeExpired() {
		removeExpired(Instant.now());
		this.buckets.removeFull();
	}

	/** Deletes the requests not confirmed in time as of {@code now}; returns how many. */
	@Transactional
	public int removeExpired(Instant now) {
		return this.jdbc
			.sql("delete from meeting_reminder_subscriptions where confirmed_at is null and confirmation_sent_at <= ?")
			.param(Timestamp.from(now.minus(this.settings.confirmWithin())))
			.update();
	}

	private String newToken() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static boolean looksLikeToken(String token) {
		return token != null && token.matches("[A-Za-z0-9_-]{43}");
	}

	private static byte[] hashOf(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private static String language(Locale locale) {
		return (locale != null && "es".equals(locale.getLanguage())) ? "es" : "en";
	}

	/** An email address waiting to confirm reminders of a beat. */
	public record PendingReminder(String beat, String email) {

	}

	private record Existing(UUID id, boolean confirmed, Timestamp sentAt) {

	}

}
