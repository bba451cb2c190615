package org.beatbridge.meetings.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.beatbridge.identity.CurrentAccount;
import org.beatbridge.meetings.InvalidMeeting;
import org.beatbridge.meetings.MeetingOccurrence;
import org.beatbridge.meetings.domain.Attendee;
import org.beatbridge.meetings.domain.AttendeeRole;
import org.beatbridge.meetings.domain.MeetingRecords;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public page of one occurrence: details, the published agenda, minutes, attendance
 * counts (names only of those who agreed) and what became of the last meeting's
 * priorities. Signed-in residents ask for interpretation and sign in to the meeting here.
 */
@Controller
class MeetingPageController {

	// Residents may sign themselves in from shortly before the start until after the end
	static final Duration SIGN_IN_BEFORE = Duration.ofHours(2);

	static final Duration SIGN_IN_AFTER = Duration.ofHours(3);

	private final Occurrences occurrences;

	private final MeetingRecords records;

	private final Facilitation facilitation;

	MeetingPageController(Occurrences occurrences, MeetingRecords records, Facilitation facilitation) {
		this.occurrences = occurrences;
		this.records = records;
		this.facilitation = facilitation;
	}

	@GetMapping("/meetings/{id}/{key}")
	String page(@PathVariable String id, @PathVariable String key, @AuthenticationPrincipal CurrentAccount who,
			Model model) {
		MeetingOccurrence occurrence = this.occurrences.find(id, key);
		boolean facilitator = this.facilitation.mayRun(who, occurrence);
		MeetingPageModel.fill(model, occurrence, this.records, facilitator);
		model.addAttribute("signInOpen", signInOpen(occurrence, Instant.now()));
		model.addAttribute("signedInAlready",
				who != null && this.records.attendance(occurrence)
					.stream()
					.anyMatch((a) -> a.accountId() != null && a.accountId() == who.id()));
		return "meetings/meeting";
	}

	@PostMapping("/meetings/{id}/{key}/interpretation")
	String requestInterpretation(@PathVariable String id, @PathVariable String key,
			@RequestParam(required = false) String language, @AuthenticationPrincipal CurrentAccount who,
			RedirectAttributes redirect) {
		MeetingOccurrence occurrence = this.occurrences.find(id, key);
		try {
			this.records.requestInterpretation(occurrence, language, who.id());
			redirect.addFlashAttribute("done", "meetings.page.interpretation.sent");
		}
		catch (InvalidMeeting ex) {
			redirect.addFlashAttribute("interpretationError", "meetings.page.interpretation.choose");
		}
		return "redirect:" + occurrence.path() + "#interpretation";
	}

	@PostMapping("/meetings/{id}/{key}/attend")
	String attend(@PathVariable String id, @PathVariable String key,
			@RequestParam(defaultValue = "false") boolean listed, @AuthenticationPrincipal CurrentAccount who,
			RedirectAttributes redirect) {
		MeetingOccurrence occurrence = this.occurrences.find(id, key);
		if (!signInOpen(occurrence, Instant.now())) {
			redirect.addFlashAttribute("attendError", "meetings.page.attend.closed");
			return "redirect:" + occurrence.path() + "#attendance";
		}
		try {
			this.records.attend(occurrence, AttendeeRole.RESIDENT, who.id(), who.displayName(), null, listed);
			redirect.addFlashAttribute("done", "meetings.page.attend.done");
		}
		catch (InvalidMeeting ex) {
			redirect.addFlashAttribute("attendError", "meetings.page.attend.already");
		}
		return "redirect:" + occurrence.path() + "#attendance";
	}

	static boolean signInOpen(MeetingOccurrence occurrence, Instant now) {
		Instant end = (occurrence.end() != null) ? occurrence.end() : occurrence.start().plus(Duration.ofHours(2));
		return !occurrence.cancelled() && !now.isBefore(occurrence.start().minus(SIGN_IN_BEFORE))
				&& now.isBefore(end.plus(SIGN_IN_AFTER));
	}

	/** The names the public may see: only those who agreed to be listed. */
	static List<String> listedNames(List<Attendee> attendance) {
		return attendance.stream().filter(Attendee::listed).map(Attendee::name).toList();
	}

}
