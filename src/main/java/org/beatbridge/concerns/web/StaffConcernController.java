package org.beatbridge.concerns.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.beatbridge.concerns.Actor;
import org.beatbridge.concerns.ConcernChangeRefused;
import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernNotFound;
import org.beatbridge.concerns.ConcernPhoto;
import org.beatbridge.concerns.ConcernStatus;
import org.beatbridge.concerns.ConcernTriage;
import org.beatbridge.concerns.ConcernView;
import org.beatbridge.concerns.Concerns;
import org.beatbridge.concerns.ReporterContact;
import org.beatbridge.concerns.StaffConcernView;
import org.beatbridge.concerns.TriageRefused;
import org.beatbridge.concerns.TriageScope;
import org.beatbridge.identity.CurrentAccount;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A concern as staff work on it: original description, recorded history, and one form per
 * action. A refused action shows the page again with the reason beside its form; a done
 * one redirects back (post, redirect, get), so reloading never repeats it.
 */
@Controller
class StaffConcernController {

	private final ConcernTriage triage;

	private final Concerns concerns;

	private final MessageSource messages;

	StaffConcernController(ConcernTriage triage, Concerns concerns, MessageSource messages) {
		this.triage = triage;
		this.concerns = concerns;
		this.messages = messages;
	}

	@GetMapping("/concerns/triage/{id}")
	String page(@PathVariable String id, @RequestParam(required = false) String done,
			@AuthenticationPrincipal CurrentAccount account, Locale locale, Model model, HttpServletResponse response) {
		ConcernId concernId = id(id);
		TriageScope scope = this.triage.scopeOf(account);
		model.addAttribute("done", (done != null && done.matches("[a-z-]{1,20}")) ? done : null);
		return show(concernId, scope, null, null, locale, model, response);
	}

	@PostMapping("/concerns/triage/{id}/contact")
	String contact(@PathVariable String id, @AuthenticationPrincipal CurrentAccount account, Locale locale, Model model,
			HttpServletResponse response) {
		ConcernId concernId = id(id);
		TriageScope scope = this.triage.scopeOf(account);
		ReporterContact contact = this.triage.revealContact(concernId, scope, actor(account), "WEB").orElse(null);
		model.addAttribute("contactShown", true);
		return show(concernId, scope, contact, null, locale, model, response);
	}

	@GetMapping("/concerns/triage/{id}/photo")
	ResponseEntity<byte[]> photo(@PathVariable String id, @AuthenticationPrincipal CurrentAccount account) {
		ConcernId concernId = id(id);
		this.triage.staffView(concernId, this.triage.scopeOf(account));
		ConcernPhoto photo = this.concerns.photo(concernId).orElseThrow(() -> ConcernNotFound.forId(concernId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.body(photo.bytes());
	}

	@PostMapping("/concerns/triage/{id}/acknowledge")
	String acknowledge(@PathVariable String id, @AuthenticationPrincipal CurrentAccount account, Locale locale,
			Model model, HttpServletResponse response) {
		return act(id, account, "status", Map.of(), locale, model, response, (concernId, scope, who) -> this.triage
			.changeStatus(concernId, ConcernStatus.ACKNOWLEDGED, null, null, scope, who), "acknowledged");
	}

	@PostMapping("/concerns/triage/{id}/status")
	String status(@PathVariable String id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String publicUpdate, @RequestParam(required = false) String service,
			@RequestParam(required = false) String reference, @AuthenticationPrincipal CurrentAccount account,
			Locale locale, Model model, HttpServletResponse response) {
		Map<String, String> typed = typed("status", status, "publicUpdate", publicUpdate, "service", service,
				"reference", reference);
		return act(id, account, "status", typed, locale, model, response,
				(concernId, scope, who) -> this.triage.changeStatus(concernId, status(status), publicUpdate,
						new ConcernTriage.Referral(service, reference), scope, who),
				"status");
	}

	@PostMapping("/concerns/triage/{id}/update")
	String update(@PathVariable String id, @RequestParam(required = false) String publicUpdate,
			@AuthenticationPrincipal CurrentAccount account, Locale locale, Model model, HttpServletResponse response) {
		return act(id, account, "update", typed("update", publicUpdate), locale, model, response,
				(concernId, scope, who) -> this.triage.postUpdate(concernId, publicUpdate, scope, who), "update");
	}

	@PostMapping("/concerns/triage/{id}/notes")
	String note(@PathVariable String id, @RequestParam(required = false) String note,
			@AuthenticationPrincipal CurrentAccount account, Locale locale, Model model, HttpServletResponse response) {
		return act(id, account, "note", typed("note", note), locale, model, response,
				(concernId, scope, who) -> this.triage.addNote(concernId, note, scope, who), "note");
	}

	@PostMapping("/concerns/triage/{id}/assign")
	String assign(@PathVariable String id, @RequestParam(required = false) String officer,
			@AuthenticationPrincipal CurrentAccount account, Locale locale, Model model, HttpServletResponse response) {
		return act(id, account, "assign", typed("officer", officer), locale, model, response,
				(concernId, scope, who) -> this.triage.assign(concernId, officer(officer), scope, who), "assigned");
	}

	@PostMapping("/concerns/triage/{id}/moderate")
	String moderate(@PathVariable String id, @RequestParam(required = false) String publicDescription,
			@AuthenticationPrincipal CurrentAccount account, Locale locale, Model model, HttpServletResponse response) {
		return act(id, account, "moderate", typed("publicDescription", publicDescription), locale, model, response,
				(concernId, scope, who) -> this.triage.moderate(concernId, publicDescription, scope, who), "moderated");
	}

	@PostMapping("/concerns/triage/{id}/media-link")
	String mediaLink(@PathVariable String id, @RequestParam(required = false) String publish,
			@AuthenticationPrincipal CurrentAccount account, Locale locale, Model model, HttpServletResponse response) {
		boolean visible = "true".equals(publish);
		return act(id, account, "mediaLink", typed(), locale, model, response,
				(concernId, scope, who) -> this.triage.publishMediaLink(concernId, visible, scope, who),
				visible ? "media-published" : "media-withdrawn");
	}

	@PostMapping("/concerns/triage/{id}/merge")
	String merge(@PathVariable String id, @RequestParam(required = false) String into,
			@AuthenticationPrincipal CurrentAccount account, Locale locale, Model model, HttpServletResponse response) {
		return act(id, account, "merge", typed("into", into), locale, model, response,
				(concernId, scope, who) -> this.triage.merge(concernId, into(into), scope, who), "merged");
	}

	private String act(String id, CurrentAccount account, String form, Map<String, String> typed, Locale locale,
			Model model, HttpServletResponse response, Action action, String done) {
		ConcernId concernId = id(id);
		TriageScope scope = this.triage.scopeOf(account);
		try {
			action.run(concernId, scope, actor(account));
		}
		catch (TriageRefused ex) {
			if (ex.getProblem().getStatus() == HttpStatus.FORBIDDEN.value()) {
				throw ex;
			}
			response.setStatus(ex.getProblem().getStatus());
			model.addAttribute("typed", typed);
			String message = this.messages.getMessage(ex.code(), ex.arguments(), locale);
			return show(concernId, scope, null, new Failure(form, ex.field(), message), locale, model, response);
		}
		catch (ConcernChangeRefused ex) {
			if (ex.getProblem().getStatus() == HttpStatus.FORBIDDEN.value()) {
				throw ex;
			}
			response.setStatus(ex.getProblem().getStatus());
			model.addAttribute("typed", typed);
			return show(concernId, scope, null, new Failure(form, "status", illegal(concernId, typed, locale)), locale,
					model, response);
		}
		return "redirect:/concerns/triage/" + concernId + "?done=" + done;
	}

	private String illegal(ConcernId id, Map<String, String> typed, Locale locale) {
		ConcernStatus from = this.concerns.find(id).map(ConcernView::status).orElse(ConcernStatus.OPEN);
		String to = typed.getOrDefault("status", ConcernStatus.ACKNOWLEDGED.name());
		String allowed = from.successors()
			.stream()
			.map((status) -> label(status, locale))
			.collect(Collectors.joining(", "));
		return this.messages.getMessage("triage.error.illegal-transition",
				new Object[] { label(from, locale), label(ConcernStatus.valueOf(to), locale), allowed }, locale);
	}

	private String label(ConcernStatus status, Locale locale) {
		return this.messages.getMessage("concerns.status." + status.name(), null, locale);
	}

	private String show(ConcernId id, TriageScope scope, ReporterContact contact, Failure failure, Locale locale,
			Model model, HttpServletResponse response) {
		StaffConcernView view = this.triage.staffView(id, scope);
		ConcernView concern = view.concern();
		// Staff pages carry personal data: never cached, never sent on as a referrer
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		model.addAttribute("view", view);
		model.addAttribute("concern", concern);
		model.addAttribute("contact", contact);
		model.addAttribute("failure", failure);
		model.addAttribute("successors", concern.status().successors().stream().sorted().toList());
		model.addAttribute("officers", this.triage.officersOf(concern.district()));
		model.addAttribute("similar",
				(view.mergedInto() != null) ? List.of()
						: this.concerns.similarOpenNearby(concern.category(), view.latitude(), view.longitude())
							.stream()
							.filter((other) -> !other.id().equals(concern.id()))
							.filter((other) -> scope.covers(other.district()))
							.toList());
		model.addAttribute("names", ConcernLabels.categoryNames(this.concerns.categories(locale)));
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		return "concerns/staff";
	}

	private static Actor actor(CurrentAccount account) {
		return Actor.of(account).orElseThrow(() -> ConcernChangeRefused.notStaff(new Actor(account.id(), "RESIDENT")));
	}

	private static ConcernId id(String text) {
		return ConcernId.parse(text).orElseThrow(() -> ConcernNotFound.forId(new ConcernId(0)));
	}

	private static ConcernStatus status(String text) {
		return Arrays.stream(ConcernStatus.values())
			.filter((status) -> status.name().equals(text))
			.findFirst()
			.orElseThrow(() -> TriageRefused.invalid("status", "status.unknown", "Choose one of the listed statuses."));
	}

	private static Long officer(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw TriageRefused.invalid("officer", "officer.invalid", "Choose an officer from the list.");
		}
	}

	private static ConcernId into(String text) {
		if (text == null || text.isBlank()) {
			throw TriageRefused.invalid("into", "merge.into-required",
					"Enter the number of the concern it duplicates.");
		}
		return ConcernId.parse(text.strip().replaceFirst("^#", ""))
			.orElseThrow(() -> TriageRefused.invalid("into", "merge.into-invalid",
					"A concern number is a number such as 1042."));
	}

	private static Map<String, String> typed(String... pairs) {
		Map<String, String> typed = new java.util.HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				typed.put(pairs[i], pairs[i + 1]);
			}
		}
		return typed;
	}

	/** A refused action: which form, which field, and why in the reader's language. */
	record Failure(String form, String field, String message) {

	}

	@FunctionalInterface
	private interface Action {

		void run(ConcernId id, TriageScope scope, Actor who);

	}

}
