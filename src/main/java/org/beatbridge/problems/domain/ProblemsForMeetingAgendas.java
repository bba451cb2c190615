package org.beatbridge.problems.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.beatbridge.meetings.MeetingProblems;
import org.beatbridge.meetings.OverdueCaseAction;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Gives a beat meeting's agenda the overdue actions of the beat's open cases, so the
 * meeting hears what slipped: owners by kind and role (and 311 number), never by name.
 */
@Component
class ProblemsForMeetingAgendas implements MeetingProblems {

	private final Cases cases;

	private final MessageSource messages;

	ProblemsForMeetingAgendas(Cases cases, MessageSource messages) {
		this.cases = cases;
		this.messages = messages;
	}

	@Override
	public List<OverdueCaseAction> overdueActions(List<String> beats, LocalDate day, Locale locale) {
		// a case covering two of the meeting's beats is listed once
		Map<Long, ProblemCase> open = new LinkedHashMap<>();
		for (String beat : beats) {
			this.cases.ofBeat(beat)
				.stream()
				.filter((problem) -> problem.stage().isOpen())
				.forEach((problem) -> open.putIfAbsent(problem.id(), problem));
		}
		List<Overdue> overdue = new ArrayList<>();
		for (ProblemCase problem : open.values()) {
			for (ResponseAction action : problem.actions()) {
				if (action.isOverdue(day)) {
					overdue.add(new Overdue(problem, action));
				}
			}
		}
		return overdue.stream()
			.sorted(Comparator.comparing((Overdue o) -> o.action().dueOn()).thenComparing((o) -> o.problem().id()))
			.map((o) -> new OverdueCaseAction(o.problem().title(), o.action().description(), owner(o.action(), locale),
					o.action().dueOn()))
			.toList();
	}

	private String owner(ResponseAction action, Locale locale) {
		StringBuilder owner = new StringBuilder(
				this.messages.getMessage("problems.owner." + action.ownerType().name(), null, locale));
		if (action.ownerRole() != null && !action.ownerRole().isBlank()) {
			owner.append(": ").append(action.ownerRole());
		}
		if (action.serviceRequest() != null) {
			owner.append(", ")
				.append(this.messages.getMessage("problems.action.sr", new Object[] { action.serviceRequest() },
						locale));
		}
		return owner.toString();
	}

	private record Overdue(ProblemCase problem, ResponseAction action) {

	}

}
