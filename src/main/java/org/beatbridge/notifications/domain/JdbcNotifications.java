package org.beatbridge.notifications.domain;

import org.beatbridge.identity.Accounts;
import org.beatbridge.notifications.InvalidNotice;
import org.beatbridge.notifications.Notice;
import org.beatbridge.notifications.Notifications;
import org.beatbridge.notifications.Recipient;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a notice in the caller's transaction: the inbox entry and the queued email are
 * one row of {@code notices}, so a rolled-back change leaves nothing to deliver.
 */
@Service
class JdbcNotifications implements Notifications {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	JdbcNotifications(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	// A caller may catch InvalidNotice and carry on: it must not doom the caller's
	// transaction.
	@Override
	@Transactional(noRollbackFor = InvalidNotice.class)
	public void send(Notice notice) {
		Notice normal = normalized(notice);
		NoticeRules.check(normal);
		Recipient recipient = normal.recipient();
		// Checked here, not left to the foreign key: a violation would abort the caller's
		// whole transaction.
		if (recipient.accountId() != null && this.accounts.findById(recipient.accountId()).isEmpty()) {
			throw InvalidNotice.field("recipient.accountId", "there is no account " + recipient.accountId());
		}
		this.jdbc.sql("""
				insert into notices (account_id, topic, subject, body, link, language, email_address, email_state)
				values (:account, :topic, :subject, :body, :link, :language, :email, 'QUEUED')""")
			.param("account", recipient.accountId())
			.param("topic", normal.topic())
			.param("subject", normal.subject())
			.param("body", normal.body())
			.param("link", normal.link())
			.param("language", recipient.locale().toLanguageTag())
			.param("email", recipient.email())
			.update();
	}

	@Override
	@Transactional
	public void renewConsent(String email, String topic) {
		if (email == null || email.isBlank() || topic == null) {
			return;
		}
		this.jdbc.sql("delete from email_unsubscribes where address_hash = :address and topic = :topic")
			.param("address", EmailAddresses.hash(email.strip()))
			.param("topic", topic)
			.update();
	}

	private static Notice normalized(Notice notice) {
		if (notice == null || notice.recipient() == null) {
			return notice;
		}
		Recipient recipient = notice.recipient();
		String email = (recipient.email() == null || recipient.email().isBlank()) ? null : recipient.email().strip();
		String subject = (notice.subject() != null) ? notice.subject().strip() : null;
		String link = (notice.link() == null || notice.link().isBlank()) ? null : notice.link().strip();
		return new Notice(new Recipient(recipient.accountId(), email, recipient.locale()), notice.topic(), subject,
				notice.body(), link);
	}

}
