package org.beatbridge.notifications;

import java.util.Locale;

/**
 * Who a notice goes to: an account (inbox, and email to the account's address) and/or a
 * bare email address (anonymous or signed-out residents who left one).
 *
 * @param accountId the account, or {@code null}
 * @param email an email address, or {@code null} to use the account's
 * @param locale the language the notice is written in (used for the unsubscribe footer)
 */
public record Recipient(Long accountId, String email, Locale locale) {

	public static Recipient account(long accountId, Locale locale) {
		return new Recipient(accountId, null, locale);
	}

	public static Recipient email(String email, Locale locale) {
		return new Recipient(null, email, locale);
	}

}
