package org.beatbridge.notifications.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.beatbridge.identity.AccountView;
import org.beatbridge.identity.Accounts;
import org.beatbridge.notifications.domain.NoticeEmail.QueuedEmail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the queued emails, once per city (ShedLock), after their notices committed.
 * Claiming a batch moves its due time a lease ahead, so an email whose node died while
 * sending is tried again later instead of being lost (at least once, decision 0801).
 */
@Component
public class EmailDelivery {

	private static final Logger log = LoggerFactory.getLogger(EmailDelivery.class);

	// Longer than any batch takes to send: an email claimed by a node that died is due
	// again after this.
	private static final Duration LEASE = Duration.ofMinutes(15);

	private static final int MAX_ERROR = 300;

	// A run stops claiming after this, well inside the lock's 14 minutes; the next run
	// carries on with the backlog.
	private static final Duration RUN_BUDGET = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> mail;

	private final Accounts accounts;

	private final NotificationSettings settings;

	private final NoticeEmail writer;

	private final AtomicBoolean offLogged = new AtomicBoolean();

	EmailDelivery(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, Accounts accounts,
			NotificationSettings settings, MessageSource messages,
			@Value("${beatbridge.public-url:http://localhost:8080}") String publicUrl) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.accounts = accounts;
		this.settings = settings;
		this.writer = new NoticeEmail(messages, publicUrl, settings.sender());
	}

	/**
	 * One delivery run. Locked cluster-wide: a call while another node (or thread) runs
	 * returns at once without sending.
	 */
	@Scheduled(fixedDelayString = "${beatbridge.notifications.delivery-interval:PT30S}",
			initialDelayString = "${beatbridge.notifications.delivery-initial-delay:PT20S}")
	@SchedulerLock(name = "notifications.email-delivery", lockAtMostFor = "PT14M")
	public void deliverDueEmails() {
		// Fails loudly if a refactoring ever calls this around the lock.
		LockAssert.assertLocked();
		expireStale();
		forgetOldAnonymousRecords();
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			if (this.offLogged.compareAndSet(false, true)) {
				log.warn("Email delivery is OFF: spring.mail.host is not set. Notices still reach account holders' "
						+ "inboxes; emails stay queued (and expire after {}) until a mail server is configured "
						+ "(README, section Notifications).", this.settings.expireAfter());
			}
			return;
		}
		Instant stop = Instant.now().plus(RUN_BUDGET);
		List<QueuedEmail> batch;
		do {
			batch = claimBatch();
			for (int i = 0; i < batch.size(); i++) {
				if (!deliver(sender, batch.get(i))) {
					// The server is unreachable: the rest of the batch waits as long.
					batch.subList(i + 1, batch.size())
						.forEach((email) -> failed(email, "mail server unreachable", false));
					return;
				}
			}
		}
		while (batch.size() == this.settings.batchSize() && Instant.now().isBefore(stop));
	}

	private List<QueuedEmail> claimBatch() {
		return this.jdbc
			.sql("""
					update notices set email_due_at = now() + make_interval(secs => :lease), email_attempts = email_attempts + 1
					where id in (select id from notices where email_state = 'QUEUED' and email_due_at <= now()
					             order by email_due_at, id limit :batch for update skip locked)
					returning id, account_id, topic, subject, body, link, language, email_address, email_attempts""")
			.param("lease", (double) LEASE.toSeconds())
			.param("batch", this.settings.batchSize())
			.query((rs, row) -> new QueuedEmail(rs.getLong("id"), rs.getObject("account_id", Long.class),
					rs.getString("topic"), rs.getString("subject"), rs.getString("body"), rs.getString("link"),
					rs.getString("language"), rs.getString("email_address"), rs.getInt("email_attempts")))
			.list()
			.stream()
			.sorted((a, b) -> Long.compare(a.id(), b.id()))
			.toList();
	}

	/** Sends one email; {@code false} when the mail server could not be reached. */
	private boolean deliver(JavaMailSender sender, QueuedEmail email) {
		String address = addressOf(email);
		if (address == null) {
			finish(email, "NO_ADDRESS", null);
			return true;
		}
		byte[] addressHash = EmailAddresses.hash(address);
		if (unsubscribed(addressHash, email.topic())) {
			finish(email, "UNSUBSCRIBED", addressHash);
			return true;
		}
		String token = EmailAddresses.newToken();
		// Stored before sending: the link in an email that left must work even if this
		// node dies before recording the delivery.
		this.jdbc.sql("update notices set address_hash = :address, unsubscribe_hash = :token where id = :id")
			.param("address", addressHash)
			.param("token", EmailAddresses.hashToken(token))
			.param("id", email.id())
			.update();
		try {
			MimeMessage message = this.writer.write(sender, email, address, token);
			sender.send(message);
		}
		catch (MailException | MessagingException ex) {
			boolean unreachable = SmtpFailures.unreachable(ex);
			log.warn("Email for notice {} not sent (attempt {}): {}", email.id(), email.attempts(), describe(ex));
			failed(email, describe(ex), !unreachable && SmtpFailures.permanent(ex));
			return !unreachable;
		}
		finish(email, "SENT", addressHash);
		return true;
	}

	private String addressOf(QueuedEmail email) {
		if (email.address() != null) {
			return email.address();
		}
		if (email.accountId() == null) {
			return null;
		}
		return this.accounts.findById(email.accountId())
			.filter(AccountView::enabled)
			.map(AccountView::email)
			.filter(NoticeRules::isPlausibleEmail)
			.orElse(null);
	}

	private boolean unsubscribed(byte[] addressHash, String topic) {
		return this.jdbc
			.sql("select count(*) from email_unsubscribes where address_hash = :address and topic in (:topic, '*')")
			.param("address", addressHash)
			.param("topic", topic)
			.query(Integer.class)
			.single() > 0;
	}

	/** Records the outcome; an anonymous resident's address and message are erased. */
	private void finish(QueuedEmail email, String state, byte[] addressHash) {
		this.jdbc.sql("""
				update notices set email_state = :state, email_error = null,
				  email_sent_at = case when :state = 'SENT' then now() end,
				  address_hash = coalesce(:address, address_hash),
				  email_address = case when account_id is null then null else email_address end,
				  body = case when account_id is null then null else body end,
				  link = case when account_id is null then null else link end
				where id = :id""").param("state", state).param("address", addressHash).param("id", email.id()).update();
	}

	private void failed(QueuedEmail email, String error, boolean permanent) {
		if (permanent || email.attempts() >= this.settings.maxAttempts()) {
			finish(email, "FAILED", null);
			this.jdbc.sql("update notices set email_error = :error where id = :id")
				.param("error", truncate(error))
				.param("id", email.id())
				.update();
			return;
		}
		Instant due = Instant.now().plus(this.settings.retryWait(email.attempts()));
		this.jdbc.sql("update notices set email_due_at = :due, email_error = :error where id = :id")
			.param("due", Timestamp.from(due))
			.param("error", truncate(error))
			.param("id", email.id())
			.update();
	}

	/**
	 * Queued emails too old to be useful are dropped (and anonymous addresses erased).
	 */
	private void expireStale() {
		this.jdbc.sql("""
				update notices set email_state = 'EXPIRED',
				  email_address = case when account_id is null then null else email_address end,
				  body = case when account_id is null then null else body end,
				  link = case when account_id is null then null else link end
				where email_state = 'QUEUED' and created_at < now() - make_interval(secs => :age)""")
			.param("age", (double) this.settings.expireAfter().toSeconds())
			.update();
	}

	private void forgetOldAnonymousRecords() {
		this.jdbc.sql("""
				delete from notices where account_id is null and email_state <> 'QUEUED'
				and created_at < now() - make_interval(secs => :age)""")
			.param("age", (double) this.settings.keepAnonymousRecords().toSeconds())
			.update();
	}

	private static String describe(Exception ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		return (root == ex) ? message : ex.getClass().getSimpleName() + ": " + message;
	}

	private static String truncate(String error) {
		return (error.length() <= MAX_ERROR) ? error : error.substring(0, MAX_ERROR);
	}

}
