package org.beatbridge.notifications.web;

import org.beatbridge.identity.CurrentAccount;
import org.beatbridge.notifications.domain.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The unread count in the site header ({@code @unreadNotices.count()} in the layout). One
 * indexed count per page view of a signed-in person.
 */
@Component("unreadNotices")
public class UnreadNotices {

	private static final Logger log = LoggerFactory.getLogger(UnreadNotices.class);

	private final Inbox inbox;

	UnreadNotices(Inbox inbox) {
		this.inbox = inbox;
	}

	/** The signed-in person's unread notices; 0 for visitors. */
	public int count() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentAccount)) {
			return 0;
		}
		try {
			return this.inbox.unreadCount(((CurrentAccount) authentication.getPrincipal()).id());
		}
		catch (DataAccessException ex) {
			// The header must render even when the database hiccups (error pages use it).
			log.debug("Unread count unavailable", ex);
			return 0;
		}
	}

}
