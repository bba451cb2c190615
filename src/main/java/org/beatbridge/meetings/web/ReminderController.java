package org.beatbridge.meetings.web;

import java.util.Locale;

import org.beatbridge.geography.BeatDetails;
import org.beatbridge.geography.Beats;
import org.beatbridge.identity.CurrentAccount;
import org.beatbridge.meetings.InvalidMeeting;
import org.beatbridge.meetings.domain.MeetingReminders;

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
 * with an email address.
 */
@Controller
class ReminderController {

	private final MeetingReminders reminders;

	private final Beats beats;

	ReminderController(MeetingReminders reminders, Beats beats) {
		this.reminders = reminders;
		this.beats = beats;
	}

	@GetMapping("/beats/{beat}/meeting-reminders")
	String form(@PathVariable String beat, Model model) {
		model.addAttribute("beat", beat(beat));
		return "meetings/reminders";
	}

	@PostMapping("/beats/{beat}/meeting-reminders")
	String subscribe(@PathVariable String beat, @RequestParam(required = false) String email,
			@AuthenticationPrincipal CurrentAccount who, Model model, Locale locale) {
		String number = beat(beat);
		model.addAttribute("beat", number);
		try {
			this.reminders.subscribe(number, (who != null) ? who.id() : null, email, locale);
			model.addAttribute("done", true);
		}
		catch (InvalidMeeting ex) {
			model.addAttribute("emailError", true);
			model.addAttribute("email", email);
		}
		return "meetings/reminders";
	}

	private String beat(String beat) {
		return this.beats.find(beat.strip())
			.map(BeatDetails::beat)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
