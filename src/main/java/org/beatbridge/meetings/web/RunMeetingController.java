package org.beatbridge.meetings.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

import org.beatbridge.identity.CurrentAccount;
import org.beatbridge.meetings.InvalidMeeting;
import org.beatbridge.meetings.MeetingOccurrence;
import org.beatbridge.meetings.Meetings;
import org.beatbridge.meetings.domain.Agenda;
import org.beatbridge.meetings.domain.AgendaGenerator;
import org.beatbridge.meetings.domain.AttendeeRole;
import org.beatbridge.meetings.domain.MeetingRecords;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The facilitators' page of one occurrence: prepare and publish the agenda, then during
 * and after the meeting keep the sign-in sheet, minutes, priorities and action items, and
 * move or cancel it. Each form posts here and comes back to the page (errors beside the
 * field at fault).
 */
@Controller
@RequestMapping("/meetings/{id}/{key}/manage")
class RunMeetingController {

	private final Occurrences occurrences;

	private final Meetings meetings;

	private final MeetingRecords records;

	private final AgendaGenerator generator;

	private final Facilitation facilitation;

	private final MessageSource messages;

	RunMeetingController(Occurrences occurrences, Meetings meetings, MeetingRecords records, AgendaGenerator generator,
			Facilitation facilitation, MessageSource messages) {
		this.occurrences = occurrences;
		this.meetings = meetings;
		this.records = records;
		this.generator = generator;
		this.facilitation = facilitation;
		this.messages = messages;
	}

	@GetMapping
	String page(@PathVariable String id, @PathVariable String key, @AuthenticationPrincipal CurrentAccount who,
			Model model) {
		MeetingOccurrence occurrence = facilitated(id, key, who);
		return show(occurrence, model, null, who);
	}

	@PostMapping("/agenda/generate")
	String generate(@PathVariable String id, @PathVariable String key, @AuthenticationPrincipal CurrentAccount who,
			Locale locale) {
		MeetingOccurrence occurrence = facilitated(id, key, who);
		this.records.saveAgenda(occurrence, this.generator.generate(occurrence, locale), false);
		return back(occurrence, "agenda");
	}

	@PostMapping("/agenda")
	String agenda(@PathVariable String id, @PathVariable String key, @AuthenticationPrincipal CurrentAccount who,
			@RequestParam(defaultValue = "") String welcome, @RequestParam(defaultValue = "") String feedback,
			@RequestParam(defaultValue = "") String conditions, @RequestParam(defaultValue = "") String strategies,
			@RequestParam(defaultValue = "") String nextSteps, @RequestParam(required = false) String publish,
			Model model, Locale locale) {
		MeetingOccurrence occurrence = facilitated(id, key, who);
		try {
			this.records.saveAgenda(occurrence, new Agenda(welcome, feedback, conditions, strategies, nextSteps, null),
					publish != null);
		}
		catch (InvalidMeeting ex) {
			return show(occurrence, model, FormError.of("agenda", ex, this.messages, locale), who);
		}
		return back(occurrence, "agenda");
	}

	@PostMapping("/attendance")
	String attendance(@PathVariable String id, @PathVariable String key, @AuthenticationPrincipal CurrentAccount who,
			@RequestParam(required = false) String role, @RequestParam(required = false) String name,
			@RequestParam(required = false) String starNumber, @RequestParam(defaultValue = "false") boolean listed,
			Model model, Locale locale) {
		MeetingOccurrence occurrence = facilitated(id, key, who);
		try {
			this.records.attend(occurrence, role(role), null, name, starNumber, listed);
		}
		catch (InvalidMeeting ex) {
			return show(occurrence, model, FormError.of("attendance", ex, this.messages, locale), who);
		}
		return back(occurrence, "attendance");
	}

	@PostMapping("/minutes")
	String minutes(@PathVariable String id, @PathVariable String key, @AuthenticationPrincipal CurrentAccount who,
			@RequestParam(required = false) String minutes, @RequestParam(required = false) String decisions,
			Model model, Locale locale) {
		MeetingOccurrence occurrence = facilitated(id, key, who);
		try {
			this.records.saveMinutes(occurrence, minutes, decisions);
		}
		catch (InvalidMeeting ex) {
			return show(occurrence, model, FormError.of("minutes", ex, this.messages, locale), who);
		}
		return back(occurrence, "minutes");
	}

	@PostMapping("/priorities")
	String priority(@PathVariable String id, @PathVariable String key, @AuthenticationPrincipal CurrentAccount who,
			@RequestParam(required = false) String title, @RequestParam(required = false) String description,
			@RequestParam(required = false) String strategy, @RequestParam(required = false) String contact,
			Model model, Locale locale) {
		MeetingOccurrence occurrence = facilitated(id, key, who);
		try {
			this.records.selectPriority(occurrence, title, description, strategy, contact);
		}
		catch (InvalidMeeting ex) {
			return show(occurrence, model, FormError.of("priority", ex, this.messages, locale), who);
		}
		return back(occurrence, "priorities");
	}

	@PostMapping("/priorities/{priority}/review")
	String review(@PathVariable String id, @PathVariable String key, @PathVariable String priority,
			@AuthenticationPrincipal CurrentAccount who, @RequestParam(required = false) String review,
			@RequestParam(required = false) String note, @RequestParam(required = false) String strategy, Model model,
			Locale locale) {
		MeetingOccurrence occurrence = facilitated(id, key, who);
		try {
			this.records.reviewPriority(occurrence, uuid(priority), review, note, strategy);
		}
		catch (InvalidMeeting ex) {
			return show(occurrence, model, FormError.of("review-" + priority, ex, this.messages, locale), who);
		}
		return back(occurrence, "feedback");
	}

	@PostMapping("/actions")
	String action(@PathVariable String id, @PathVariable String key, @AuthenticationPrincipal CurrentAccount who,
			@RequestParam(required = false) String description, @RequestParam(required = false) String owner,
			@RequestParam(required = false) String due, Model model, Locale locale) {
		MeetingOccurrence occurrence = facilitated(id, key, who);
		try {
			this.records.addActionItem(occurrence, description, owner, date("due", due));
		}
		catch (InvalidMeeting ex) {
			return show(occurrence, model, FormError.of("action", ex, this.messages, locale), who);
		}
		return back(occurrence, "actions");
	}

	@PostMapping("/actions/{item}/done")
	String actionDone(@PathVariable String id, @PathVariable String key, @PathVariable String item,
			@AuthenticationPrincipal CurrentAccount who) {
		MeetingOccurrence occurrence = facilitated(id, key, who);
		this.records.completeActionItem(occurrence, uuid(item));
		return back(occurrence, "actions");
	}

	@PostMapping("/move")
	String move(@PathVariable String id, @PathVariable String key, @AuthenticationPrincipal CurrentAccount who,
			@RequestParam(required = false) String date, @RequestParam(required = false) String startTime,
			@RequestParam(required = false) String endTime, Model model, Locale locale) {
		MeetingOccurrence occurrence = scheduled(id, key, who);
		try {
			LocalDate day = date("date", date);
			if (day == null) {
				throw InvalidMeeting.because("date", "Give the new date.");
			}
			LocalDateTime start = day.atTime(time("startTime", startTime));
			LocalDateTime end = day.atTime(time("endTime", endTime));
			this.meetings.move(occurrence.meeting(), occurrence.originalStart(), start, end);
		}
		catch (InvalidMeeting ex) {
			return show(occurrence, model, FormError.of("move", ex, this.messages, locale), who);
		}
		return back(occurrence, "schedule");
	}

	@PostMapping("/cancel")
	String cancel(@PathVariable String id, @PathVariable String key, @AuthenticationPrincipal CurrentAccount who) {
		MeetingOccurrence occurrence = scheduled(id, key, who);
		this.meetings.cancel(occurrence.meeting(), occurrence.originalStart());
		return back(occurrence, "schedule");
	}

	private String show(MeetingOccurrence occurrence, Model model, FormError error, CurrentAccount who) {
		MeetingPageModel.fill(model, occurrence, this.records, true);
		model.addAttribute("schedules", this.facilitation.mayFacilitate(who, occurrence.district()));
		model.addAttribute("error", error);
		return "meetings/manage";
	}

	private MeetingOccurrence facilitated(String id, String key, CurrentAccount who) {
		MeetingOccurrence occurrence = this.occurrences.find(id, key);
		this.facilitation.requireRun(who, occurrence);
		return occurrence;
	}

	/** Moving and cancelling change the schedule: the district's staff do that. */
	private MeetingOccurrence scheduled(String id, String key, CurrentAccount who) {
		MeetingOccurrence occurrence = this.occurrences.find(id, key);
		this.facilitation.require(who, occurrence.district());
		return occurrence;
	}

	private static String back(MeetingOccurrence occurrence, String section) {
		return "redirect:" + occurrence.path() + "/manage#" + section;
	}

	private static AttendeeRole role(String role) {
		try {
			return (role == null) ? null : AttendeeRole.valueOf(role.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw InvalidMeeting.because(field, "Give a date such as 2026-03-10.");
		}
	}

	static LocalTime time(String field, String value) {
		if (value == null || value.isBlank()) {
			throw InvalidMeeting.because(field, "Give a time such as 18:30.");
		}
		try {
			return LocalTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw InvalidMeeting.because(field, "Give a time such as 18:30.");
		}
	}

}
