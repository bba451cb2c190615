package org.beatbridge.meetings.domain;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.beatbridge.geography.BeatDetails;
import org.beatbridge.geography.Beats;
import org.beatbridge.meetings.CalendarImport;
import org.beatbridge.meetings.CalendarImportSummary;
import org.beatbridge.meetings.InvalidCalendar;
import org.beatbridge.meetings.MeetingKind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the CPD community calendar. An event's key is its district, start and title
 * (case and spaces ignored): the feed has no ids, and CPD edits places and details of an
 * event far more often than its title (decision 0502).
 */
@Service
class CommunityCalendarImport implements CalendarImport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Beats beats;

	CommunityCalendarImport(JdbcClient jdbc, Beats beats) {
		this.jdbc = jdbc;
		this.beats = beats;
	}

	@Override
	@Transactional
	public CalendarImportSummary importCalendar(InputStream json) {
		List<CalendarEvent> events = read(json);
		Map<String, Parsed> byKey = new LinkedHashMap<>();
		TreeSet<String> unparsedTitles = new TreeSet<>();
		TreeSet<String> unknownBeats = new TreeSet<>();
		int beatMeetings = 0;
		int districtEvents = 0;
		int unparsed = 0;
		for (int i = 0; i < events.size(); i++) {
			Parsed parsed = parse(i, events.get(i), unknownBeats);
			if (!parsed.beats().isEmpty()) {
				beatMeetings++;
			}
			else {
				districtEvents++;
				if (CalendarTitles.namesBeatMeeting(parsed.title())) {
					unparsed++;
					unparsedTitles.add("district " + parsed.district() + ": " + parsed.title());
				}
			}
			Parsed earlier = byKey.get(parsed.key());
			// an event listed twice: the later edit wins
			if (earlier == null || compare(parsed.modified(), earlier.modified()) >= 0) {
				byKey.put(parsed.key(), parsed);
			}
		}
		int created = 0;
		int updated = 0;
		for (Parsed event : byKey.values()) {
			Boolean inserted = this.jdbc.sql("""
					insert into meetings (id, source_key, district, beats, title, details, kind, place, starts_at,
						ends_at, languages, cancelled)
					values (?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, '{en}', ?)
					on conflict (source_key) do update set district = excluded.district, beats = excluded.beats,
						title = excluded.title, details = excluded.details, place = excluded.place,
						starts_at = excluded.starts_at, ends_at = excluded.ends_at, cancelled = excluded.cancelled
					where (meetings.district, meetings.beats, meetings.title, meetings.details, meetings.place,
						meetings.starts_at, meetings.ends_at, meetings.cancelled) is distinct from
						(excluded.district, excluded.beats, excluded.title, excluded.details, excluded.place,
						excluded.starts_at, excluded.ends_at, excluded.cancelled)
					returning (xmax = 0) as inserted""")
				.params(UUID.randomUUID(), event.key(), event.district(), JdbcMeetings.textArray(event.beats()),
						event.title(), event.details(), MeetingKind.IN_PERSON.name(), event.place(),
						Timestamp.from(event.start()), (event.end() != null) ? Timestamp.from(event.end()) : null,
						event.cancelled())
				.query(Boolean.class)
				.optional()
				.orElse(null);
			if (Boolean.TRUE.equals(inserted)) {
				created++;
			}
			else if (inserted != null) {
				updated++;
			}
		}
		return new CalendarImportSummary(events.size(), beatMeetings, districtEvents, unparsed,
				events.size() - byKey.size(), created, updated, new ArrayList<>(unparsedTitles),
				new ArrayList<>(unknownBeats));
	}

	private static List<CalendarEvent> read(InputStream json) {
		try {
			List<CalendarEvent> events = JSON.readValue(json, new TypeReference<List<CalendarEvent>>() {
			});
			if (events == null) {
				throw InvalidCalendar.notJson(null);
			}
			return events;
		}
		catch (JacksonException ex) {
			throw InvalidCalendar.notJson(ex);
		}
	}

	private Parsed parse(int index, CalendarEvent event, TreeSet<String> unknownBeats) {
		if (event == null || event.calendarId() == null) {
			throw InvalidCalendar.badEvent(index, "it has no calendarId (district).");
		}
		if (event.title() == null || event.title().isBlank()) {
			throw InvalidCalendar.badEvent(index, "it has no title.");
		}
		Instant start = chicago(index, "start", event.start());
		if (start == null) {
			throw InvalidCalendar.badEvent(index, "it has no start.");
		}
		Instant end = chicago(index, "end", event.end());
		if (end != null && !end.isAfter(start)) {
			end = null;
		}
		String district = String.valueOf(event.calendarId());
		String title = event.title().strip().replaceAll("\\s+", " ");
		List<String> known = new ArrayList<>();
		for (String number : CalendarTitles.beatNumbers(title)) {
			this.beats.find(number).map(BeatDetails::beat).ifPresentOrElse(known::add, () -> unknownBeats.add(number));
		}
		String key = "cpd:" + district + ":" + event.start().strip() + ":" + title.toLowerCase(Locale.ROOT);
		return new Parsed(key, district, List.copyOf(known), title, text(event.eventDetails()), text(event.location()),
				start, end, CalendarTitles.saysCancelled(title), event.modifiedDate());
	}

	private static Instant chicago(int index, String field, String local) {
		if (local == null || local.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(local.strip()).atZone(Recurrence.CHICAGO).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw InvalidCalendar.badEvent(index, "its " + field + " '" + local + "' is not a local date and time.");
		}
	}

	private static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip().replace("\r\n", "\n");
	}

	private static int compare(String a, String b) {
		return String.valueOf(a).compareTo(String.valueOf(b));
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record CalendarEvent(Integer calendarId, String start, String end, String title, String eventDetails,
			String eventUrl, String contactDetails, String location, String modifiedDate) {

	}

	record Parsed(String key, String district, List<String> beats, String title, String details, String place,
			Instant start, Instant end, boolean cancelled, String modified) {

	}

}
