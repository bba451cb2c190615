package org.beatbridge.concerns.domain;

import java.util.Locale;

import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernStatusChanged;
import org.beatbridge.notifications.Notice;
import org.beatbridge.notifications.Notifications;
import org.beatbridge.notifications.Recipient;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the reporters of concerns merged into another what happens to the surviving
 * concern (decision 0742). The surviving concern's own reporter is told by the concerns'
 * usual notice; this adds only the people who followed it through a merge.
 */
@Component
class MergedFollowersNotifier {

	private final JdbcClient jdbc;

	private final Notifications notifications;

	private final MessageSource messages;

	private final EmailTrackingLinks links;

	MergedFollowersNotifier(JdbcClient jdbc, Notifications notifications, MessageSource messages,
			EmailTrackingLinks links) {
		this.links = links;
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(ConcernStatusChanged changed) {
		this.jdbc.sql("""
				select m.duplicate_id, c.locale, r.account_id, r.contact_email from concern_merges m
				join concerns c on c.id = m.duplicate_id join concern_reporters r on r.concern_id = m.duplicate_id
				where m.surviving_id = ? and (r.account_id is not null or r.contact_email is not null)
				order by m.duplicate_id""").param(changed.id().value()).query((rs) -> {
			Locale locale = "es".equals(rs.getString("locale")) ? Locale.forLanguageTag("es") : Locale.ENGLISH;
			Long account = rs.getObject("account_id", Long.class);
			Recipient recipient = (account != null) ? new Recipient(account, null, locale)
					: Recipient.email(rs.getString("contact_email"), locale);
			this.notifications.send(notice(recipient, rs.getLong("duplicate_id"), changed, locale));
		});
	}

	private Notice notice(Recipient recipient, long duplicate, ConcernStatusChanged changed, Locale locale) {
		String status = this.messages.getMessage("concerns.status." + changed.to().name(), null, locale);
		String subject = this.messages.getMessage("triage.followers.subject",
				new Object[] { changed.id().toString(), status }, locale);
		String body = this.messages.getMessage("triage.followers.body",
				new Object[] { Long.toString(duplicate), changed.id().toString(), status }, locale);
		if (changed.publicUpdate() != null) {
			body = body + "\n\n" + changed.publicUpdate();
		}
		// the duplicate's own tracking page says where it was merged and links to the
		// survivor
		String link = "/concerns/track/" + this.links.issue(new ConcernId(duplicate)) + "?lang=" + locale.getLanguage();
		return new Notice(recipient, "concern:" + duplicate, subject, body, link);
	}

}
