package org.beatbridge.meetings;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * One meeting on one day: a one-off meeting, an imported event or one occurrence of a
 * series (already moved when it was moved).
 *
 * @param uid stable identifier of this occurrence, the same in every feed and every
 * request
 * @param meeting the meeting or series it belongs to
 * @param originalStart when it was scheduled before any move: with {@code meeting} it
 * names the occurrence ({@link #key()})
 * @param beats the 4-digit beats it is for; empty for a district event
 * @param end may be null when the source did not say
 * @param facilitator the resident beat facilitator's name, may be null
 * @param officerStar the beat officer's star number, may be null
 */
public record MeetingOccurrence(String uid, MeetingId meeting, Instant originalStart, String title, String district,
		List<String> beats, MeetingKind kind, String place, Double latitude, Double longitude, Instant start,
		Instant end, List<String> languages, boolean interpretation, boolean cancelled, String details,
		String facilitator, String officerStar) {

	private static final DateTimeFormatter KEY = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	public MeetingOccurrence {
		beats = List.copyOf(beats);
		languages = List.copyOf(languages);
	}

	public boolean isBeatMeeting() {
		return !this.beats.isEmpty();
	}

	/** The occurrence's part of its page address: its original start in UTC. */
	public String key() {
		return keyOf(this.originalStart);
	}

	/** The public page of this occurrence. */
	public String path() {
		return "/meetings/" + this.meeting + "/" + key();
	}

	public static String keyOf(Instant originalStart) {
		return KEY.format(originalStart);
	}

	/** The original start an occurrence key names, or empty when it is not a key. */
	public static Optional<Instant> parseKey(String key) {
		try {
			return Optional.of(Instant.from(KEY.parse(key)));
		}
		catch (DateTimeParseException | NullPointerException ex) {
			return Optional.empty();
		}
	}

}
