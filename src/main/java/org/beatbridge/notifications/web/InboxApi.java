package org.beatbridge.notifications.web;

import java.time.Instant;
import java.util.List;

import org.beatbridge.identity.CurrentAccount;
import org.beatbridge.notifications.domain.Inbox;
import org.beatbridge.notifications.domain.Inbox.InboxEntry;
import org.beatbridge.shared.web.ApiProblems;
import org.beatbridge.shared.web.JsonApi;
import org.beatbridge.shared.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The inbox for apps: the bearer token's account only.
 */
@JsonApi("/api/v1/inbox")
class InboxApi {

	private final Inbox inbox;

	InboxApi(Inbox inbox) {
		this.inbox = inbox;
	}

	/**
	 * Newest first, {@code limit} (1-100, default 30) at a time; {@code next} is the
	 * {@code before} value of the following page, {@code null} on the last.
	 */
	@GetMapping
	InboxPage inbox(@AuthenticationPrincipal CurrentAccount account, @RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "30") int limit) {
		if (limit < 1 || limit > 100) {
			throw new ProblemException(ApiProblems.invalidParameter("limit", "'limit' must be between 1 and 100."));
		}
		if (before != null && before < 1) {
			throw new ProblemException(ApiProblems.invalidParameter("before", "'before' must be a notice id."));
		}
		List<InboxEntry> entries = this.inbox.page(account.id(), before, limit + 1);
		List<NoticeView> shown = entries.stream().limit(limit).map(NoticeView::of).toList();
		Long next = (entries.size() > limit) ? shown.get(shown.size() - 1).id() : null;
		return new InboxPage(this.inbox.unreadCount(account.id()), shown, next);
	}

	@PostMapping("/{id}/read")
	ResponseEntity<Void> markRead(@AuthenticationPrincipal CurrentAccount account, @PathVariable long id) {
		if (!this.inbox.markRead(account.id(), id)) {
			throw new ProblemException(ApiProblems.of(HttpStatus.NOT_FOUND, "notice-not-found", "Notice not found",
					"Your inbox has no notice " + id + "."));
		}
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/read")
	ResponseEntity<Void> markAllRead(@AuthenticationPrincipal CurrentAccount account) {
		this.inbox.markAllRead(account.id());
		return ResponseEntity.noContent().build();
	}

	record InboxPage(int unread, List<NoticeView> notices, Long next) {

	}

	record NoticeView(long id, String topic, String subject, String body, String link, Instant createdAt,
			boolean read) {

		static NoticeView of(InboxEntry entry) {
			return new NoticeView(entry.id(), entry.topic(), entry.subject(), entry.body(), entry.link(),
					entry.createdAt(), entry.read());
		}

	}

}
