package org.beatbridge.notifications.domain;

import java.util.regex.Pattern;

import org.beatbridge.notifications.InvalidNotice;
import org.beatbridge.notifications.Notice;
import org.beatbridge.notifications.Recipient;

/**
 * What a notice must look like before it is stored. The limits match the columns of
 * {@code notices}; a subject may not span lines because it becomes an email header.
 */
final class NoticeRules {

	static final int MAX_TOPIC = 100;

	static final int MAX_SUBJECT = 200;

	static final int MAX_BODY = 10_000;

	static final int MAX_LINK = 500;

	static final int MAX_EMAIL = 254;

	private static final Pattern TOPIC = Pattern.compile("[a-z0-9:_-]+");

	// Plausible, not RFC 5322 complete: one @, a dot in the domain, no spaces or
	// controls.
	private static final Pattern EMAIL = Pattern
		.compile("[^@\\s\\p{Cntrl}<>,;\"]+@[^@\\s\\p{Cntrl}<>,;\"]+\\.[^@\\s\\p{Cntrl}<>,;\".]{2,}");

	private static final Pattern LINK = Pattern.compile("/(?!/)[^\\s\\p{Cntrl}\\\\]*");

	private NoticeRules() {
	}

	static void check(Notice notice) {
		if (notice == null) {
			throw InvalidNotice.field("notice", "is missing");
		}
		checkRecipient(notice.recipient());
		String topic = notice.topic();
		if (topic == null || topic.isEmpty()) {
			throw InvalidNotice.field("topic", "is missing");
		}
		if (topic.length() > MAX_TOPIC) {
			throw InvalidNotice.field("topic", "is longer than " + MAX_TOPIC + " characters");
		}
		if (!TOPIC.matcher(topic).matches()) {
			throw InvalidNotice.field("topic",
					"may only hold lower case letters, digits and :-_ (was \"" + topic + "\")");
		}
		String subject = notice.subject();
		if (subject == null || subject.isBlank()) {
			throw InvalidNotice.field("subject", "is missing");
		}
		if (subject.length() > MAX_SUBJECT) {
			throw InvalidNotice.field("subject", "is longer than " + MAX_SUBJECT + " characters");
		}
		if (subject.chars().anyMatch(Character::isISOControl)) {
			throw InvalidNotice.field("subject", "must be one line without control characters");
		}
		if (notice.body() == null || notice.body().isBlank()) {
			throw InvalidNotice.field("body", "is missing");
		}
		if (notice.body().length() > MAX_BODY) {
			throw InvalidNotice.field("body", "is longer than " + MAX_BODY + " characters");
		}
		String link = notice.link();
		if (link != null) {
			if (link.length() > MAX_LINK) {
				throw InvalidNotice.field("link", "is longer than " + MAX_LINK + " characters");
			}
			if (!LINK.matcher(link).matches()) {
				throw InvalidNotice.field("link",
						"must be a path in the app starting with a single / (was \"" + link + "\")");
			}
		}
	}

	private static void checkRecipient(Recipient recipient) {
		if (recipient == null) {
			throw InvalidNotice.field("recipient", "is missing");
		}
		if (recipient.locale() == null || recipient.locale().getLanguage().isEmpty()) {
			throw InvalidNotice.field("recipient.locale", "is missing: give the language the notice is written in");
		}
		if (recipient.accountId() == null && recipient.email() == null) {
			throw InvalidNotice.field("recipient", "needs an account or an email address");
		}
		if (recipient.accountId() != null && recipient.accountId() <= 0) {
			throw InvalidNotice.field("recipient.accountId", "is not an account id");
		}
		if (recipient.email() != null && !isPlausibleEmail(recipient.email())) {
			throw InvalidNotice.field("recipient.email", "is not a plausible email address");
		}
	}

	static boolean isPlausibleEmail(String email) {
		return email != null && email.length() <= MAX_EMAIL && EMAIL.matcher(email).matches();
	}

}
