package org.beatbridge.concerns.domain;

import java.util.Locale;
import java.util.Optional;

import org.beatbridge.concerns.ConcernStatusChanged;
import org.beatbridge.notifications.Notice;
import org.beatbridge.notifications.Notifications;
import org.beatbridge.notifications.Recipient;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the reporter, in their language, each time their concern changes status: by email
 * when they left one, in their inbox when they reported signed in. Anonymous reporters
 * left nothing to reach them by; they follow their tracking link. One topic per concern,
 * so unsubscribing from one concern leaves the others.
 */
@Component
class ReporterNotifications {

	private final JdbcClient jdbc;

	private final Notifications notifications;

	private final MessageSource messages;

	private final EmailTrackingLinks links;

	private final CategoryCatalog categories;

	ReporterNotifications(JdbcClient jdbc, Notifications notifications, MessageSource messages,
			CategoryCatalog categories, EmailTrackingLinks links) {
		this.links = links;
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.messages = messages;
		this.categories = categories;
	}

	@ApplicationModuleListener
	void on(ConcernStatusChanged changed) {
		reporter(changed.id().value()).ifPresent((reporter) -> {
			Locale locale = Locale.forLanguageTag(reporter.locale());
			String category = this.categories.find(changed.category(), locale)
				.map((found) -> found.name())
				.orElse(changed.category());
			String status = this.messages.getMessage("concerns.status." + changed.to().name(), null, locale);
			// a public update without a change of status is told as an update
			String kind = (changed.from() == changed.to()) ? "concerns.notice.update" : "concerns.notice";
			String subject = this.messages.getMessage(kind + ".subject",
					new Object[] { changed.id().toString(), status }, locale);
			StringBuilder body = new StringBuilder(this.messages.getMessage(kind + ".body",
					new Object[] { changed.id().toString(), category, status }, locale));
			if (changed.publicUpdate() != null) {
				body.append("\n\n").append(changed.publicUpdate());
			}
			Recipient recipient = new Recipient(reporter.accountId(), reporter.email(), locale);
			this.notifications.send(new Notice(recipient, "concern:" + changed.id(), subject, body.toString(),
					"/concerns/track/" + this.links.issue(changed.id()) + "?lang=" + locale.getLanguage()));
		});
	}

	private Optional<Reporter> reporter(long concernId) {
		return this.jdbc.sql("""
				select r.account_id, r.contact_email, c.locale from concern_reporters r
				join concerns c on c.id = r.concern_id
				where r.concern_id = ? and (r.account_id is not null or r.contact_email is not null)""")
			.param(concernId)
			.query((rs, row) -> new Reporter((Long) rs.getObject("account_id"), rs.getString("contact_email"),
					rs.getString("locale")))
			.optional();
	}

	private record Reporter(Long accountId, String email, String locale) {

	}

}
