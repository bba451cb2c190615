package org.beatbridge.notifications.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.beatbridge.identity.CurrentAccount;
import org.beatbridge.notifications.domain.Inbox;
import org.beatbridge.notifications.domain.Inbox.InboxEntry;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in person's notices, newest first, a page at a time; marking them read.
 */
@Controller
class InboxController {

	static final int PAGE = 30;

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private final Inbox inbox;

	InboxController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/inbox")
	String inbox(@AuthenticationPrincipal CurrentAccount account, @RequestParam(required = false) Long before,
			Model model) {
		// One more than shown tells whether there is an older page.
		List<InboxEntry> entries = this.inbox.page(account.id(), before, PAGE + 1);
		boolean more = entries.size() > PAGE;
		List<ShownNotice> shown = entries.stream().limit(PAGE).map(ShownNotice::of).toList();
		model.addAttribute("notices", shown);
		model.addAttribute("unread", this.inbox.unreadCount(account.id()));
		model.addAttribute("older", more ? shown.get(shown.size() - 1).id() : null);
		model.addAttribute("paged", before != null);
		return "notifications/inbox";
	}

	@PostMapping("/inbox/{id}/read")
	String markRead(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id) {
		this.inbox.markRead(account.id(), id);
		return "redirect:/inbox#notice-" + id;
	}

	@PostMapping("/inbox/read")
	String markAllRead(@AuthenticationPrincipal CurrentAccount account) {
		this.inbox.markAllRead(account.id());
		return "redirect:/inbox";
	}

	/** A notice as the inbox page shows it, with its time in Chicago. */
	record ShownNotice(long id, String subject, String body, String link, ZonedDateTime createdAt, boolean read) {

		static ShownNotice of(InboxEntry entry) {
			return new ShownNotice(entry.id(), entry.subject(), entry.body(), entry.link(),
					entry.createdAt().atZone(CHICAGO), entry.read());
		}

	}

}
