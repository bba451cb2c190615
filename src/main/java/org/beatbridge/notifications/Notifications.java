package org.beatbridge.notifications;

/**
 * Tells people what happened to something they care about: by email and, for people with
 * an account, in their in-app inbox. Other modules call this; it depends on no other
 * business module, so concerns, meetings and problem solving can all use it.
 *
 * <pre>
 * notifications.send(new Notice(Recipient.account(residentId, locale), "concern:" + concernId,
 * 		messages.getMessage("concerns.answered.subject", null, locale),
 * 		messages.getMessage("concerns.answered.body", new Object[] { beat }, locale),
 * 		"/concerns/" + concernId));
 * </pre>
 */
public interface Notifications {

	/**
	 * Queues a notice. Delivery happens after the caller's transaction commits (a
	 * rolled-back change sends nothing), once per city even with several nodes, and is
	 * retried when the mail server is down. A recipient who unsubscribed from the
	 * notice's topic gets no email (the inbox entry is still written for account
	 * holders).
	 * @throws InvalidNotice naming the field at fault, before anything is stored; it does
	 * not mark the caller's transaction for rollback
	 */
	void send(Notice notice);

	/**
	 * Lifts an earlier unsubscribe of this address from the topic, because its holder
	 * asked for these emails again and proved the address is theirs (a confirmed opt-in).
	 * An unsubscribe from all emails stays.
	 */
	void renewConsent(String email, String topic);

}
