package org.beatbridge.notifications;

/**
 * Tells people what happened to something they care about: by email and, for people with
 * an account, in their in-app inbox. Other modules call this; it depends on no other
 * business module, so concerns, meetings and problem solving can all use it.
 */
public interface Notifications {

	/**
	 * Queues a notice. Delivery happens after the caller's transaction commits (a
	 * rolled-back change sends nothing), once per city even with several nodes, and is
	 * retried when the mail server is down. A recipient who unsubscribed from the
	 * notice's topic gets no email (the inbox entry is still written for account
	 * holders).
	 */
	void send(Notice notice);

}
