package org.beatbridge.meetings.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.beatbridge.crime.BeatCrimeSummary;
import org.beatbridge.crime.CrimeStatistics;
import org.beatbridge.crime.CrimeUptick;
import org.beatbridge.crime.UptickSettings;
import org.beatbridge.meetings.MeetingConcerns;
import org.beatbridge.meetings.MeetingOccurrence;
import org.beatbridge.meetings.MeetingProblems;
import org.beatbridge.meetings.OverdueCaseAction;
import org.beatbridge.meetings.MeetingQuery;
import org.beatbridge.meetings.Meetings;
import org.beatbridge.meetings.RaisedConcern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the first draft of a meeting's agenda on the CAPS template from what the beat's
 * records say: open priorities and action items of earlier meetings, the crime module's
 * four-week briefing and upticks, concerns raised since the last meeting (when a
 * {@link MeetingConcerns} exists), overdue actions of problem-solving cases (when a
 * {@link MeetingProblems} exists) and the next meeting's date.
 */
@Component
public class AgendaGenerator {

	static final int RECENT_WEEKS = 4;

	private static final int TOP_CATEGORIES = 3;

	private static final int MAX_CONCERNS = 10;

	private final Meetings meetings;

	private final MeetingRecords records;

	private final CrimeStatistics crime;

	private final UptickSettings upticks;

	private final ObjectProvider<MeetingConcerns> concerns;

	private final ObjectProvider<MeetingProblems> problems;

	private final MessageSource messages;

	AgendaGenerator(Meetings meetings, MeetingRecords records, CrimeStatistics crime, UptickSettings upticks,
			ObjectProvider<MeetingConcerns> concerns, ObjectProvider<MeetingProblems> problems,
			MessageSource messages) {
		this.meetings = meetings;
		this.records = records;
		this.crime = crime;
		this.upticks = upticks;
		this.concerns = concerns;
		this.problems = problems;
		this.messages = messages;
	}

	public Agenda generate(MeetingOccurrence occurrence, Locale locale) {
		Text text = new Text(locale);
		return new Agenda(welcome(occurrence, text), feedback(occurrence, text), conditions(occurrence, text),
				strategies(occurrence, text), nextSteps(occurrence, text), null);
	}

	private String welcome(MeetingOccurrence occurrence, Text text) {
		List<String> lines = new ArrayList<>();
		lines.add(text.get("meetings.agenda.welcome.text"));
		if (occurrence.facilitator() != null) {
			lines.add(text.get("meetings.agenda.welcome.facilitator", occurrence.facilitator()));
		}
		if (occurrence.officerStar() != null) {
			lines.add(text.get("meetings.agenda.welcome.officer", occurrence.officerStar()));
		}
		if (occurrence.interpretation()) {
			lines.add(text.get("meetings.agenda.welcome.interpretation"));
		}
		Map<String, Integer> requests = this.records.interpretationRequests(occurrence);
		if (!requests.isEmpty()) {
			lines.add(text.get("meetings.agenda.welcome.requested",
					String.join(", ",
							requests.entrySet()
								.stream()
								.map((e) -> text.language(e.getKey()) + " (" + e.getValue() + ")")
								.toList())));
		}
		return String.join("\n", lines);
	}

	private String feedback(MeetingOccurrence occurrence, Text text) {
		List<String> lines = new ArrayList<>();
		List<Priority> priorities = this.records.earlierPriorities(occurrence);
		if (priorities.isEmpty()) {
			lines.add(text.get("meetings.agenda.feedback.none"));
		}
		for (Priority priority : priorities) {
			lines.add("- " + text.get("meetings.agenda.feedback.item", priority.title(),
					text.orNotSet(priority.strategy()), text.orNotSet(priority.contact())));
		}
		List<ActionItem> carried = this.records.carriedActionItems(occurrence);
		if (!carried.isEmpty()) {
			lines.add(text.get("meetings.agenda.feedback.actions"));
			for (ActionItem item : carried) {
				lines.add("- " + text.get("meetings.agenda.feedback.action", item.description(), item.owner(),
						text.date(item.due())));
			}
		}
		LocalDate meetingDay = LocalDate.ofInstant(occurrence.start(), Recurrence.CHICAGO);
		List<OverdueCaseAction> overdue = this.problems.orderedStream()
			.flatMap((source) -> source.overdueActions(occurrence.beats(), meetingDay, text.locale).stream())
			.toList();
		if (!overdue.isEmpty()) {
			lines.add(text.get("meetings.agenda.feedback.overdue"));
			for (OverdueCaseAction action : overdue) {
				lines.add("- " + text.get("meetings.agenda.feedback.overdueItem", action.description(),
						action.caseTitle(), action.owner(), text.date(action.dueOn())));
			}
		}
		return String.join("\n", lines);
	}

	private String conditions(MeetingOccurrence occurrence, Text text) {
		List<String> lines = new ArrayList<>();
		for (String beat : occurrence.beats()) {
			lines.addAll(crimeConditions(beat, text));
		}
		Instant since = previousMeeting(occurrence).orElse(occurrence.start().minus(Duration.ofDays(90)));
		List<RaisedConcern> raised = this.concerns.orderedStream()
			.flatMap((source) -> source.raisedBetween(occurrence.beats(), since, occurrence.start()).stream())
			.sorted(Comparator.comparingInt(RaisedConcern::supporters).reversed())
			.limit(MAX_CONCERNS)
			.toList();
		if (raised.isEmpty()) {
			lines.add(text.get("meetings.agenda.concerns.none"));
		}
		else {
			lines.add(text.get("meetings.agenda.concerns.heading"));
			raised.forEach((concern) -> lines.add("- " + text.get("meetings.agenda.concerns.item", concern.title(),
					concern.beat(), concern.supporters())));
		}
		return String.join("\n", lines);
	}

	/** The crime module's briefing numbers: the last four weeks against the baseline. */
	private List<String> crimeConditions(String beat, Text text) {
		BeatCrimeSummary latest = this.crime.beatSummary(beat, Optional.empty(), Optional.empty());
		LocalDate to = latest.to();
		LocalDate from = to.minusWeeks(RECENT_WEEKS - 1L);
		BeatCrimeSummary summary = this.crime.beatSummary(beat,
				Optional.of(from.minusWeeks(this.upticks.baselineWeeks())), Optional.of(to));
		long baselineWeeks = ChronoUnit.WEEKS.between(summary.from(), from);
		int recentTotal = 0;
		double expectedTotal = 0;
		List<String[]> top = new ArrayList<>();
		for (BeatCrimeSummary.CategorySeries series : summary.categories()) {
			int recent = series.weeks()
				.stream()
				.filter((w) -> !w.week().isBefore(from))
				.mapToInt(BeatCrimeSummary.WeekCount::incidents)
				.sum();
			int baseline = series.total() - recent;
			recentTotal += recent;
			expectedTotal += (baselineWeeks > 0) ? baseline * (double) RECENT_WEEKS / baselineWeeks : 0;
			if (recent > 0) {
				top.add(new String[] { series.category(), Integer.toString(recent) });
			}
		}
		top.sort(Comparator.comparing((String[] t) -> Integer.parseInt(t[1])).reversed());
		List<String> lines = new ArrayList<>();
		lines.add(text.get("meetings.agenda.conditions.beat", beat, text.date(from), text.date(to.plusDays(6)),
				recentTotal, Math.round(expectedTotal)));
		if (!top.isEmpty()) {
			lines.add("- " + text.get("meetings.agenda.conditions.top", String.join(", ",
					top.stream().limit(TOP_CATEGORIES).map((t) -> text.category(t[0]) + " " + t[1]).toList())));
		}
		List<CrimeUptick> running = summary.upticks().stream().filter((u) -> !u.lastWeek().isBefore(from)).toList();
		for (CrimeUptick uptick : running) {
			lines.add("- " + text.get("meetings.agenda.conditions.uptick", text.category(uptick.category()),
					uptick.observed(), Math.round(uptick.expected()), text.date(uptick.firstWeek()),
					text.date(uptick.lastWeek())));
		}
		if (running.isEmpty()) {
			lines.add("- " + text.get("meetings.agenda.conditions.noUpticks"));
		}
		return lines;
	}

	private String strategies(MeetingOccurrence occurrence, Text text) {
		List<String> lines = new ArrayList<>();
		lines.add(text.get("meetings.agenda.strategies.text"));
		for (Priority priority : this.records.earlierPriorities(occurrence)) {
			if (!priority.closed()) {
				lines.add("- " + text.get("meetings.agenda.strategies.item", priority.title(),
						text.orNotSet(priority.strategy()), text.orNotSet(priority.contact())));
			}
		}
		return String.join("\n", lines);
	}

	private String nextSteps(MeetingOccurrence occurrence, Text text) {
		List<String> lines = new ArrayList<>();
		Optional<MeetingOccurrence> next = occurrence.beats()
			.stream()
			.flatMap((beat) -> this.meetings.next(beat, occurrence.start().plusSeconds(60), 1).stream())
			.min(Comparator.comparing(MeetingOccurrence::start));
		if (next.isPresent()) {
			lines.add(text.get("meetings.agenda.next.date", text.dateTime(next.get().start()),
					text.orNotSet(next.get().place())));
		}
		else {
			lines.add(text.get("meetings.agenda.next.none"));
		}
		lines.add(text.get("meetings.agenda.next.groups"));
		return String.join("\n", lines);
	}

	private Optional<Instant> previousMeeting(MeetingOccurrence occurrence) {
		Instant before = occurrence.start();
		return occurrence.beats()
			.stream()
			.flatMap((beat) -> this.meetings
				.occurrences(new MeetingQuery(beat, null, before.minus(Duration.ofDays(400)), before))
				.stream())
			.filter((o) -> !o.cancelled())
			.map(MeetingOccurrence::start)
			.max(Comparator.naturalOrder());
	}

	/** Messages of one language. */
	private final class Text {

		private final Locale locale;

		Text(Locale locale) {
			this.locale = locale;
		}

		String get(String key, Object... args) {
			return AgendaGenerator.this.messages.getMessage(key, args, this.locale);
		}

		String orNotSet(String value) {
			return (value == null || value.isBlank()) ? get("meetings.agenda.notSet") : value;
		}

		String language(String code) {
			return AgendaGenerator.this.messages.getMessage("meetings.language." + code, null, code, this.locale);
		}

		String category(String code) {
			return AgendaGenerator.this.messages.getMessage("crime.category." + code, null, code, this.locale);
		}

		String date(LocalDate date) {
			return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(this.locale).format(date);
		}

		String dateTime(Instant instant) {
			return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
				.withLocale(this.locale)
				.withZone(Recurrence.CHICAGO)
				.format(instant);
		}

	}

}
