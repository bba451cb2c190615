package org.beatbridge.meetings.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.beatbridge.meetings.InvalidMeeting;

/**
 * An RFC 5545 recurrence rule expanded in Chicago's zone, so a series at 18:30 stays at
 * 18:30 local time on both sides of a daylight saving change.
 */
public final class Recurrence {

	public static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	// Community meetings repeat at most daily; finer rules are mistakes
	private static final Set<Frequency> ALLOWED = Set.of(Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY,
			Frequency.YEARLY);

	private final String rule;

	private final Recur<ZonedDateTime> recur;

	private Recurrence(String rule, Recur<ZonedDateTime> recur) {
		this.rule = rule;
		this.recur = recur;
	}

	/**
	 * Reads an RRULE value (with or without the {@code RRULE:} prefix).
	 * @throws InvalidMeeting naming the field {@code recurrence} when it cannot be read
	 */
	public static Recurrence parse(String rule) {
		if (rule == null || rule.isBlank()) {
			throw InvalidMeeting.because("recurrence", "The recurrence rule is empty.");
		}
		String value = rule.strip();
		if (value.regionMatches(true, 0, "RRULE:", 0, 6)) {
			value = value.substring(6);
		}
		value = value.toUpperCase(java.util.Locale.ROOT);
		Recur<ZonedDateTime> recur;
		try {
			recur = new Recur<>(value);
		}
		catch (RuntimeException ex) {
			throw InvalidMeeting.because("recurrence", "The recurrence rule '" + rule
					+ "' is not an RFC 5545 RRULE (for example FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU).");
		}
		if (recur.getFrequency() == null || !ALLOWED.contains(recur.getFrequency())) {
			throw InvalidMeeting.because("recurrence",
					"The recurrence rule must repeat daily, weekly, monthly or yearly (FREQ=...).");
		}
		return new Recurrence(value, recur);
	}

	public String rule() {
		return this.rule;
	}

	/**
	 * Starts of the occurrences in {@code [from, to)}, for a series whose first meeting
	 * starts at {@code firstStart}.
	 */
	public List<Instant> startsBetween(Instant firstStart, Instant from, Instant to) {
		ZonedDateTime seed = firstStart.atZone(CHICAGO);
		return this.recur.getDates(seed, from.atZone(CHICAGO), to.atZone(CHICAGO))
			.stream()
			.map(ZonedDateTime::toInstant)
			.filter((start) -> !start.isBefore(from) && start.isBefore(to) && !start.isBefore(firstStart))
			.sorted()
			.toList();
	}

}
