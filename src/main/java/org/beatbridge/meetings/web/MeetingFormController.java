package org.beatbridge.meetings.web;

import java.util.Locale;

import org.beatbridge.geography.BeatDetails;
import org.beatbridge.geography.Beats;
import org.beatbridge.identity.CurrentAccount;
import org.beatbridge.meetings.InvalidMeeting;
import org.beatbridge.meetings.MeetingId;
import org.beatbridge.meetings.MeetingOccurrence;
import org.beatbridge.meetings.Meetings;
import org.beatbridge.meetings.NewMeeting;
import org.beatbridge.meetings.domain.Recurrence;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Facilitators schedule a meeting or a series and edit it. Nothing is saved unless all of
 * it is valid; the message sits beside the field at fault.
 */
@Controller
class MeetingFormController {

	private final Meetings meetings;

	private final Beats beats;

	private final Facilitation facilitation;

	private final MessageSource messages;

	MeetingFormController(Meetings meetings, Beats beats, Facilitation facilitation, MessageSource messages) {
		this.meetings = meetings;
		this.beats = beats;
		this.facilitation = facilitation;
		this.messages = messages;
	}

	@GetMapping("/meetings/new")
	String form(@RequestParam(required = false) String beat, Model model) {
		MeetingForm form = new MeetingForm();
		if (beat != null) {
			this.beats.find(beat).ifPresent((b) -> form.setBeats(b.beat()));
		}
		return show(model, form, null, null);
	}

	@PostMapping("/meetings/new")
	String create(@ModelAttribute("form") MeetingForm form, @AuthenticationPrincipal CurrentAccount who, Model model,
			Locale locale) {
		try {
			NewMeeting meeting = form.toMeeting();
			requireDistrictOf(meeting, who);
			MeetingId id = this.meetings.schedule(meeting);
			return "redirect:/meetings/" + id + "/"
					+ MeetingOccurrence.keyOf(meeting.start().atZone(Recurrence.CHICAGO).toInstant());
		}
		catch (InvalidMeeting ex) {
			return show(model, form, null, FormError.of("meeting", ex, this.messages, locale));
		}
	}

	@GetMapping("/meetings/{id}/edit")
	String edit(@PathVariable String id, @AuthenticationPrincipal CurrentAccount who, Model model) {
		MeetingId meeting = Occurrences.meetingId(id);
		NewMeeting definition = this.meetings.definition(meeting)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.facilitation.require(who, districtOf(definition));
		return show(model, MeetingForm.of(definition), meeting, null);
	}

	@PostMapping("/meetings/{id}/edit")
	String update(@PathVariable String id, @ModelAttribute("form") MeetingForm form,
			@AuthenticationPrincipal CurrentAccount who, Model model, Locale locale) {
		MeetingId meeting = Occurrences.meetingId(id);
		NewMeeting existing = this.meetings.definition(meeting)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.facilitation.require(who, districtOf(existing));
		try {
			NewMeeting changed = form.toMeeting();
			requireDistrictOf(changed, who);
			this.meetings.update(meeting, changed);
			return "redirect:/meetings/" + meeting + "/"
					+ MeetingOccurrence.keyOf(changed.start().atZone(Recurrence.CHICAGO).toInstant());
		}
		catch (InvalidMeeting ex) {
			return show(model, form, meeting, FormError.of("meeting", ex, this.messages, locale));
		}
	}

	private void requireDistrictOf(NewMeeting meeting, CurrentAccount who) {
		String district = districtOf(meeting);
		if (district != null && !this.facilitation.mayFacilitate(who, district)) {
			throw InvalidMeeting.because("beats", "You can schedule meetings of your own district's beats only.");
		}
	}

	/** The district of the first known beat; unknown beats are refused later, by name. */
	private String districtOf(NewMeeting meeting) {
		return meeting.beats()
			.stream()
			.map((b) -> this.beats.find(b.strip()))
			.flatMap(java.util.Optional::stream)
			.map(BeatDetails::district)
			.findFirst()
			.orElse(null);
	}

	private String show(Model model, MeetingForm form, MeetingId editing, FormError error) {
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		model.addAttribute("error", error);
		model.addAttribute("languages", MeetingForm.LANGUAGES);
		model.addAttribute("repeats", MeetingForm.REPEATS);
		return "meetings/form";
	}

}
