package org.beatbridge.meetings.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.beatbridge.geography.BeatDetails;
import org.beatbridge.geography.Beats;
import org.beatbridge.meetings.InvalidMeeting;
import org.beatbridge.meetings.MeetingKind;
import org.beatbridge.meetings.NewMeeting;

/**
 * Checks a meeting before anything is stored and turns it into what is stored: beats
 * normalised and known, times as instants, the rule readable.
 */
final class MeetingRules {

	private static final int MAX_TITLE = 200;

	private static final int MAX_NAME = 100;

	private MeetingRules() {
	}

	static Validated check(NewMeeting meeting, Beats beats) {
		if (meeting.beats() == null || meeting.beats().isEmpty()) {
			throw InvalidMeeting.because("beats", "Give at least one beat, such as 1713.");
		}
		Set<String> numbers = new LinkedHashSet<>();
		String district = null;
		for (String beat : meeting.beats()) {
			BeatDetails details = beats.find((beat != null) ? beat.strip() : "")
				.orElseThrow(() -> InvalidMeeting.because("beats", "There is no beat '" + beat + "'."));
			numbers.add(details.beat());
			if (district == null) {
				district = details.district();
			}
		}
		if (meeting.kind() == null) {
			throw InvalidMeeting.because("kind", "Say whether the meeting is in person, online or hybrid.");
		}
		if (meeting.kind() != MeetingKind.ONLINE && (meeting.place() == null || meeting.place().isBlank())) {
			throw InvalidMeeting.because("place", "Say where the meeting takes place.");
		}
		if (meeting.start() == null) {
			throw InvalidMeeting.because("start", "Give the start date and time.");
		}
		if (meeting.end() == null) {
			throw InvalidMeeting.because("end", "Give the end time.");
		}
		if (!meeting.end().isAfter(meeting.start())) {
			throw InvalidMeeting.because("end", "The meeting must end after it starts.");
		}
		if ((meeting.latitude() == null) != (meeting.longitude() == null)) {
			throw InvalidMeeting.because("latitude", "Give both latitude and longitude, or neither.");
		}
		if (meeting.latitude() != null
				&& !(Math.abs(meeting.latitude()) <= 90 && Math.abs(meeting.longitude()) <= 180)) {
			throw InvalidMeeting.because("latitude",
					"The point must have a latitude from -90 to 90 and a longitude from -180 to 180.");
		}
		String title = (meeting.title() == null || meeting.title().isBlank())
				? "Beat " + String.join("/", numbers) + " community meeting" : meeting.title().strip();
		if (title.length() > MAX_TITLE) {
			throw InvalidMeeting.because("title", "The title may have at most " + MAX_TITLE + " characters.");
		}
		List<String> languages = new ArrayList<>();
		for (String language : (meeting.languages() == null || meeting.languages().isEmpty()) ? List.of("en")
				: meeting.languages()) {
			String code = (language != null) ? language.strip().toLowerCase(Locale.ROOT) : "";
			if (!code.matches("[a-z]{2,3}")) {
				throw InvalidMeeting.because("languages",
						"Languages are ISO 639 codes such as en or es, not '" + language + "'.");
			}
			if (!languages.contains(code)) {
				languages.add(code);
			}
		}
		String rule = (meeting.recurrence() == null || meeting.recurrence().isBlank()) ? null
				: Recurrence.parse(meeting.recurrence()).rule();
		String facilitator = blankToNull(meeting.facilitator());
		if (facilitator != null && facilitator.length() > MAX_NAME) {
			throw InvalidMeeting.because("facilitator",
					"The facilitator's name may have at most " + MAX_NAME + " characters.");
		}
		String star = blankToNull(meeting.officerStar());
		if (star != null && !star.matches("[0-9A-Za-z-]{1,10}")) {
			throw InvalidMeeting.because("officerStar", "A star number has 1 to 10 digits or letters.");
		}
		return new Validated(district, List.copyOf(numbers), title, chicago(meeting.start()), chicago(meeting.end()),
				rule, languages, facilitator, star);
	}

	static Instant chicago(LocalDateTime local) {
		return local.atZone(Recurrence.CHICAGO).toInstant();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	record Validated(String district, List<String> beats, String title, Instant start, Instant end, String rule,
			List<String> languages, String facilitator, String officerStar) {

	}

}
