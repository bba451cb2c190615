package org.beatbridge.notifications.domain;

import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Writes the plain-text email for one notice: the body, the link into the app, and a
 * footer with the unsubscribe link; RFC 8058 one-click unsubscribe headers.
 */
final class NoticeEmail {

	private final MessageSource messages;

	private final String publicUrl;

	private final String sender;

	NoticeEmail(MessageSource messages, String publicUrl, String sender) {
		this.messages = messages;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.sender = sender;
	}

	MimeMessage write(JavaMailSender mail, QueuedEmail email, String address, String token) throws MessagingException {
		Locale locale = Locale.forLanguageTag(email.language());
		String confirmUrl = this.publicUrl + "/unsubscribe/" + token;
		StringBuilder text = new StringBuilder(email.body().strip()).append("\n\n");
		if (email.link() != null) {
			text.append(this.messages.getMessage("notifications.email.open", null, locale))
				.append('\n')
				.append(this.publicUrl)
				.append(email.link())
				.append("\n\n");
		}
		// "-- " is the standard signature separator: mail apps fold what follows.
		text.append("-- \n")
			.append(this.messages.getMessage("notifications.email.why", null, locale))
			.append('\n')
			.append(this.messages.getMessage("notifications.email.unsubscribe", null, locale))
			.append('\n')
			.append(confirmUrl)
			.append('\n')
			.append(this.messages.getMessage("notifications.email.noReply", null, locale))
			.append('\n');
		MimeMessage message = mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(this.sender);
		helper.setTo(address);
		helper.setSubject(email.subject());
		helper.setText(text.toString(), false);
		message.setHeader("List-Unsubscribe", "<" + confirmUrl + "/one-click>");
		message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		message.setHeader("Auto-Submitted", "auto-generated");
		message.setHeader("Content-Language", locale.toLanguageTag());
		return message;
	}

	/** A claimed row of the outbox. */
	record QueuedEmail(long id, Long accountId, String topic, String subject, String body, String link, String language,
			String address, int attempts) {

	}

}
