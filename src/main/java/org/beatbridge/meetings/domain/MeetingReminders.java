package org.beatbridge.meetings.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.beatbridge.meetings.MeetingOccurrence;
import org.beatbridge.meetings.Meetings;
import org.beatbridge.notifications.Notice;
import org.beatbridge.notifications.Notifications;
import org.beatbridge.notifications.Recipient;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents subscribed to a beat's meetings ({@link ReminderSubscriptions}: an account,
 * or a confirmed email address) get one reminder before each meeting. The job runs once
 * per city (ShedLock); a row per subscriber and occurrence records what was sent, so
 * nothing is sent twice even when a run is repeated (decision 0509).
 */
@Service
public class MeetingReminders {

	private final JdbcClient jdbc;

	private final Meetings meetings;

	private final Notifications notifications;

	private final MessageSource messages;

	private final ReminderSettings settings;

	MeetingReminders(JdbcClient jdbc, Meetings meetings, Notifications notifications, MessageSource messages,
			ReminderSettings settings) {
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.notifications = notifications;
		this.messages = messages;
		this.settings = settings;
	}

	@Scheduled(fixedDelayString = "${beatbridge.meetings.reminders.interval:PT5M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "meetings.reminders", lockAtMostFor = "PT10M")
	public void sendDueReminders() {
		sendDueReminders(Instant.now());
	}

	/**
	 * Sends the reminders of meetings starting within the lead time from {@code now};
	 * returns how many were queued.
	 */
	@Transactional
	public int sendDueReminders(Instant now) {
		List<String> beats = this.jdbc
			.sql("select distinct beat from meeting_reminder_subscriptions where confirmed_at is not null")
			.query(String.class)
			.list();
		int sent = 0;
		for (String beat : beats) {
			for (MeetingOccurrence meeting : this.meetings.next(beat, now, 5)) {
				if (meeting.start().isAfter(now.plus(this.settings.lead()))) {
					break;
				}
				sent += remind(beat, meeting);
			}
		}
		return sent;
	}

	private int remind(String beat, MeetingOccurrence meeting) {
		List<Subscriber> due = this.jdbc.sql("""
				insert into meeting_reminders_sent (subscription_id, meeting_id, original_start)
				select id, ?, ? from meeting_reminder_subscriptions where beat = ? and confirmed_at is not null
				on conflict do nothing
				returning subscription_id""")
			.params(meeting.meeting().value(), Timestamp.from(meeting.originalStart()), beat)
			.query(UUID.class)
			.list()
			.stream()
			.map((id) -> this.jdbc
				.sql("select account_id, email, locale from meeting_reminder_subscriptions where id = ?")
				.param(id)
				.query((rs, n) -> new Subscriber((Long) rs.getObject("account_id"), rs.getString("email"),
						Locale.forLanguageTag(rs.getString("locale"))))
				.single())
			.toList();
		for (Subscriber subscriber : due) {
			Locale locale = subscriber.locale();
			String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
				.withLocale(locale)
				.withZone(Recurrence.CHICAGO)
				.format(meeting.start());
			String place = (meeting.place() != null) ? meeting.place()
					: this.messages.getMessage("meetings.place.unknown", null, locale);
			String subject = this.messages.getMessage("meetings.reminder.subject", new Object[] { beat, when }, locale);
			String body = this.messages.getMessage("meetings.reminder.body",
					new Object[] { meeting.title(), when, place }, locale);
			Recipient recipient = (subscriber.accountId() != null) ? Recipient.account(subscriber.accountId(), locale)
					: Recipient.email(subscriber.email(), locale);
			this.notifications.send(new Notice(recipient, topicOf(beat), subject, body, meeting.path()));
		}
		return due.size();
	}

	/** The notification topic of a beat's reminders: what "unsubscribe" in them stops. */
	static String topicOf(String beat) {
		return "meetings:beat:" + beat;
	}

	record Subscriber(Long accountId, String email, Locale locale) {

	}

}
