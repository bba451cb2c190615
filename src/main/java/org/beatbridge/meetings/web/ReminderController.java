package org.beatbridge.meetings.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beatbridge.geography.BeatDetails;
import org.beatbridge.geography.Beats;
import org.beatbridge.identity.CurrentAccount;
import org.beatbridge.meetings.InvalidMeeting;
import org.beatbridge.meetings.domain.ReminderSettings;
import org.beatbridge.meetings.domain.ReminderSubscriptions;
import org.beatbridge.meetings.domain.ReminderSubscriptions.PendingReminder;
import org.beatbridge.meetings.domain.TooManyReminderRequests;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Residents ask to be reminded of a beat's meetings: signed in with their account, or
 * with an email address they then confirm through a link (decision 0511). The link opens
 * a page with a button, because mail scanners open links: a GET confirms nothing.
 */
@Controller
class ReminderController {

	private final ReminderSubscriptions subscriptions;

	private final ReminderSettings settings;

	private final Beats beats;

	ReminderController(ReminderSubscriptions subscriptions, ReminderSettings settings, Beats beats) {
		this.subscriptions = subscriptions;
		this.settings = settings;
		this.beats = beats;
	}

	@GetMapping("/beats/{beat}/meeting-reminders")
	String form(@PathVariable String beat, Model model) {
		model.addAttribute("beat", beat(beat));
		return "meetings/reminders";
	}

	@PostMapping("/beats/{beat}/meeting-reminders")
	String subscribe(@PathVariable String beat, @RequestParam(required = false) String email,
			@AuthenticationPrincipal CurrentAccount who, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		String number = beat(beat);
		model.addAttribute("beat", number);
		if (who != null) {
			this.subscriptions.subscribeAccount(number, who.id(), locale);
			model.addAttribute("done", true);
			return "meetings/reminders";
		}
		try {
			this.subscriptions.requestByEmail(number, email, locale, request.getRemoteAddr());
			model.addAttribute("checkEmail", email.strip());
			model.addAttribute("confirmDays", this.settings.confirmWithin().toDays());
		}
		catch (InvalidMeeting ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("emailError", true);
			model.addAttribute("email", email);
		}
		catch (TooManyReminderRequests ex) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", Long.toString(ex.retryAfter().toSeconds()));
			model.addAttribute("tooMany", ex.retryAfterMinutes());
			model.addAttribute("email", email);
		}
		return "meetings/reminders";
	}

	@GetMapping("/meeting-reminders/confirm/{token}")
	String confirmation(@PathVariable String token, Model model, HttpServletResponse response) {
		PendingReminder pending = this.subscriptions.pending(token).orElse(null);
		if (pending == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		model.addAttribute("pending", pending);
		model.addAttribute("token", token);
		return "meetings/reminder-confirm";
	}

	@PostMapping("/meeting-reminders/confirm/{token}")
	String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
		PendingReminder confirmed = this.subscriptions.confirm(token).orElse(null);
		if (confirmed == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		model.addAttribute("confirmed", confirmed);
		return "meetings/reminder-confirm";
	}

	private String beat(String beat) {
		return this.beats.find(beat.strip())
			.map(BeatDetails::beat)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
