package org.beatbridge.meetings.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.beatbridge.geography.BeatDetails;
import org.beatbridge.geography.Beats;
import org.beatbridge.meetings.MeetingQuery;
import org.beatbridge.meetings.Meetings;
import org.beatbridge.meetings.domain.Recurrence;
import org.beatbridge.shared.web.ApiProblems;
import org.beatbridge.shared.web.JsonApi;
import org.beatbridge.shared.web.ProblemException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public meeting schedule: a beat's meetings or a district's meetings and events.
 */
@JsonApi("/api/v1/meetings")
class MeetingsApi {

	private static final int MAX_DAYS = 731;

	private final Meetings meetings;

	private final Beats beats;

	private final Clock clock = Clock.systemUTC();

	MeetingsApi(Meetings meetings, Beats beats) {
		this.meetings = meetings;
		this.beats = beats;
	}

	/**
	 * Meetings starting from {@code from} (a date, default today) up to and including
	 * {@code to} (default a year later), dates in Chicago.
	 */
	@GetMapping
	List<MeetingView> meetings(@RequestParam(required = false) String beat,
			@RequestParam(required = false) String district, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		boolean byBeat = beat != null && !beat.isBlank();
		boolean byDistrict = district != null && !district.isBlank();
		if (byBeat == byDistrict) {
			throw new ProblemException(ApiProblems.invalidParameter("beat",
					"Give either 'beat' (such as 1713) or 'district' (such as 17)."));
		}
		String beatNumber = null;
		String districtNumber = null;
		if (byBeat) {
			beatNumber = this.beats.find(beat.strip())
				.map(BeatDetails::beat)
				.orElseThrow(() -> new ProblemException(ApiProblems.invalidParameter("beat",
						"Parameter 'beat' must be a beat of the city, such as 1713.")));
		}
		else {
			districtNumber = districtOf(district.strip());
		}
		LocalDate first = date("from", from, LocalDate.now(this.clock.withZone(Recurrence.CHICAGO)));
		LocalDate last = date("to", to, first.plusYears(1));
		if (last.isBefore(first)) {
			throw new ProblemException(ApiProblems.invalidParameter("to", "Parameter 'to' must not be before 'from'."));
		}
		if (Duration.between(first.atStartOfDay(), last.atStartOfDay()).toDays() > MAX_DAYS) {
			throw new ProblemException(
					ApiProblems.invalidParameter("to", "Ask for at most " + MAX_DAYS + " days at a time."));
		}
		Instant start = first.atStartOfDay(Recurrence.CHICAGO).toInstant();
		Instant end = last.plusDays(1).atStartOfDay(Recurrence.CHICAGO).toInstant();
		return this.meetings.occurrences(new MeetingQuery(beatNumber, districtNumber, start, end))
			.stream()
			.map(MeetingView::of)
			.toList();
	}

	private String districtOf(String district) {
		String number = district.matches("\\d{1,3}") ? String.valueOf(Integer.parseInt(district)) : null;
		boolean known = number != null && this.beats.all().stream().anyMatch((b) -> b.district().equals(number));
		if (!known) {
			throw new ProblemException(ApiProblems.invalidParameter("district",
					"Parameter 'district' must be a police district, such as 17."));
		}
		return number;
	}

	private static LocalDate date(String name, String value, LocalDate fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new ProblemException(
					ApiProblems.invalidParameter(name, "Parameter '" + name + "' must be a date such as 2026-03-10."));
		}
	}

}
