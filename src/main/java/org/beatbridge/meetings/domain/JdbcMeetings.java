package org.beatbridge.meetings.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.beatbridge.geography.Beats;
import org.beatbridge.meetings.InvalidMeeting;
import org.beatbridge.meetings.MeetingId;
import org.beatbridge.meetings.MeetingKind;
import org.beatbridge.meetings.MeetingOccurrence;
import org.beatbridge.meetings.MeetingQuery;
import org.beatbridge.meetings.Meetings;
import org.beatbridge.meetings.NewMeeting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings in PostgreSQL; series are stored once and expanded when read, with their moved
 * and cancelled occurrences applied.
 */
@Service
class JdbcMeetings implements Meetings {

	// A moved occurrence may land this far from its original date and still be found
	private static final Duration MOVE_REACH = Duration.ofDays(45);

	// How far ahead two series are compared for clashes
	private static final Duration OVERLAP_HORIZON = Duration.ofDays(731);

	private static final DateTimeFormatter UID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(java.time.ZoneOffset.UTC);

	private final JdbcClient jdbc;

	private final Beats beats;

	private final FacilitatorAccounts facilitators;

	JdbcMeetings(JdbcClient jdbc, Beats beats, FacilitatorAccounts facilitators) {
		this.jdbc = jdbc;
		this.beats = beats;
		this.facilitators = facilitators;
	}

	@Override
	@Transactional
	public MeetingId schedule(NewMeeting meeting) {
		MeetingRules.Validated valid = MeetingRules.check(meeting, this.beats);
		FacilitatorAccounts.Designated accounts = this.facilitators.find(meeting, valid.district());
		UUID id = UUID.randomUUID();
		refuseOverlap(id, valid);
		this.jdbc.sql("""
				insert into meetings (id, district, beats, title, kind, place, latitude, longitude, starts_at,
					ends_at, recurrence, languages, interpretation, facilitator, officer_star,
					facilitator_account_id, officer_account_id)
				values (?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?)""")
			.params(id, valid.district(), textArray(valid.beats()), valid.title(), meeting.kind().name(),
					blankToNull(meeting.place()), meeting.latitude(), meeting.longitude(),
					Timestamp.from(valid.start()), Timestamp.from(valid.end()), valid.rule(),
					textArray(valid.languages()), meeting.interpretation(), valid.facilitator(), valid.officerStar(),
					accounts.residentAccount(), accounts.officerAccount())
			.update();
		return new MeetingId(id);
	}

	@Override
	@Transactional
	public void update(MeetingId meeting, NewMeeting definition) {
		MeetingRules.Validated valid = MeetingRules.check(definition, this.beats);
		FacilitatorAccounts.Designated accounts = this.facilitators.find(definition, valid.district());
		refuseOverlap(meeting.value(), valid);
		int updated = this.jdbc.sql("""
				update meetings set district = ?, beats = ?::text[], title = ?, kind = ?, place = ?, latitude = ?,
					longitude = ?, starts_at = ?, ends_at = ?, recurrence = ?, languages = ?::text[],
					interpretation = ?, facilitator = ?, officer_star = ?, facilitator_account_id = ?,
					officer_account_id = ?
				where id = ?""")
			.params(valid.district(), textArray(valid.beats()), valid.title(), definition.kind().name(),
					blankToNull(definition.place()), definition.latitude(), definition.longitude(),
					Timestamp.from(valid.start()), Timestamp.from(valid.end()), valid.rule(),
					textArray(valid.languages()), definition.interpretation(), valid.facilitator(), valid.officerStar(),
					accounts.residentAccount(), accounts.officerAccount(), meeting.value())
			.update();
		if (updated == 0) {
			throw InvalidMeeting.because("meeting", "There is no meeting " + meeting + ".");
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<NewMeeting> definition(MeetingId meeting) {
		return this.jdbc.sql("select * from meetings where id = ?")
			.param(meeting.value())
			.query(this::stored)
			.optional()
			.map((m) -> new NewMeeting(m.beats(), m.title(), m.kind(), m.place(), m.latitude(), m.longitude(),
					LocalDateTime.ofInstant(m.start(), Recurrence.CHICAGO),
					(m.end() != null) ? LocalDateTime.ofInstant(m.end(), Recurrence.CHICAGO) : null, m.rule(),
					m.languages(), m.interpretation(), m.facilitator(), m.officerStar(),
					this.facilitators.username(m.facilitatorAccount())));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isFacilitator(MeetingId meeting, long accountId) {
		return this.jdbc.sql("""
				select exists (select 1 from meetings where id = ?
					and (facilitator_account_id = ? or officer_account_id = ?))""")
			.params(meeting.value(), accountId, accountId)
			.query(Boolean.class)
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<MeetingOccurrence> occurrence(MeetingId meeting, Instant originalStart) {
		Optional<StoredMeeting> stored = this.jdbc.sql("select * from meetings where id = ?")
			.param(meeting.value())
			.query(this::stored)
			.optional();
		if (stored.isEmpty() || !occursAt(stored.get(), originalStart)) {
			return Optional.empty();
		}
		Change change = changesOf(List.of(stored.get())).getOrDefault(meeting.value(), Map.of()).get(originalStart);
		return Optional.of(occurrence(stored.get(), originalStart, change));
	}

	/**
	 * Two series of the same beat at the same time are a mistake (two schedules, two
	 * answers): refused, naming the first clash. One-off meetings may sit beside a
	 * series.
	 */
	private void refuseOverlap(UUID id, MeetingRules.Validated valid) {
		if (valid.rule() == null) {
			return;
		}
		Instant horizon = valid.start().plus(OVERLAP_HORIZON);
		Duration length = Duration.between(valid.start(), valid.end());
		List<Instant> mine = Recurrence.parse(valid.rule()).startsBetween(valid.start(), valid.start(), horizon);
		List<StoredMeeting> others = this.jdbc
			.sql("select * from meetings where beats && ?::text[] and recurrence is not null and id <> ?"
					+ " and starts_at < ?")
			.params(textArray(valid.beats()), id, Timestamp.from(horizon))
			.query(this::stored)
			.list();
		for (StoredMeeting other : others) {
			Duration otherLength = (other.end() != null) ? Duration.between(other.start(), other.end()) : length;
			List<Instant> theirs = Recurrence.parse(other.rule())
				.startsBetween(other.start(), valid.start().minus(otherLength), horizon);
			for (Instant start : mine) {
				Instant end = start.plus(length);
				for (Instant theirStart : theirs) {
					if (theirStart.isBefore(end) && theirStart.plus(otherLength).isAfter(start)) {
						throw InvalidMeeting.overlaps(other.title(), String.join("/", other.beats()),
								LocalDateTime.ofInstant(start, Recurrence.CHICAGO).toLocalDate().toString(),
								LocalDateTime.ofInstant(theirStart, Recurrence.CHICAGO).toLocalTime().toString());
					}
				}
			}
		}
	}

	@Override
	@Transactional
	public void move(MeetingId meeting, Instant originalStart, LocalDateTime newStart, LocalDateTime newEnd) {
		if (newStart == null || newEnd == null || !newEnd.isAfter(newStart)) {
			throw InvalidMeeting.because("end", "The moved meeting must end after it starts.");
		}
		requireOccurrence(meeting, originalStart);
		this.jdbc.sql("""
				insert into meeting_changes (meeting_id, original_start, new_start, new_end, cancelled)
				values (?, ?, ?, ?, false)
				on conflict (meeting_id, original_start)
				do update set new_start = excluded.new_start, new_end = excluded.new_end, cancelled = false""")
			.params(meeting.value(), Timestamp.from(originalStart), Timestamp.from(MeetingRules.chicago(newStart)),
					Timestamp.from(MeetingRules.chicago(newEnd)))
			.update();
	}

	@Override
	@Transactional
	public void cancel(MeetingId meeting, Instant originalStart) {
		requireOccurrence(meeting, originalStart);
		this.jdbc.sql("""
				insert into meeting_changes (meeting_id, original_start, cancelled) values (?, ?, true)
				on conflict (meeting_id, original_start) do update set cancelled = true""")
			.params(meeting.value(), Timestamp.from(originalStart))
			.update();
	}

	private void requireOccurrence(MeetingId meeting, Instant originalStart) {
		StoredMeeting stored = this.jdbc.sql("select * from meetings where id = ?")
			.param(meeting.value())
			.query(this::stored)
			.optional()
			.orElseThrow(() -> InvalidMeeting.because("meeting", "There is no meeting " + meeting + "."));
		if (!occursAt(stored, originalStart)) {
			throw InvalidMeeting.because("originalStart", "The meeting does not take place at " + originalStart + ".");
		}
	}

	private static boolean occursAt(StoredMeeting stored, Instant originalStart) {
		return (stored.rule() == null) ? stored.start().equals(originalStart)
				: Recurrence.parse(stored.rule())
					.startsBetween(stored.start(), originalStart, originalStart.plusSeconds(1))
					.contains(originalStart);
	}

	@Override
	@Transactional(readOnly = true)
	public List<MeetingOccurrence> occurrences(MeetingQuery query) {
		Instant from = query.from().minus(MOVE_REACH);
		Instant to = query.to().plus(MOVE_REACH);
		String where = (query.beat() != null) ? "? = any(beats)" : "district = ?";
		String key = (query.beat() != null) ? query.beat() : query.district();
		List<StoredMeeting> rows = this.jdbc
			.sql("select * from meetings where " + where
					+ " and starts_at < ? and (recurrence is not null or starts_at >= ?) order by starts_at")
			.params(key, Timestamp.from(to), Timestamp.from(from))
			.query(this::stored)
			.list();
		Map<UUID, Map<Instant, Change>> changes = changesOf(rows);
		List<MeetingOccurrence> occurrences = new ArrayList<>();
		for (StoredMeeting row : rows) {
			List<Instant> starts = (row.rule() == null) ? List.of(row.start())
					: Recurrence.parse(row.rule()).startsBetween(row.start(), from, to);
			for (Instant start : starts) {
				MeetingOccurrence occurrence = occurrence(row, start,
						changes.getOrDefault(row.id(), Map.of()).get(start));
				if (!occurrence.start().isBefore(query.from()) && occurrence.start().isBefore(query.to())) {
					occurrences.add(occurrence);
				}
			}
		}
		occurrences.sort(Comparator.comparing(MeetingOccurrence::start).thenComparing(MeetingOccurrence::uid));
		return occurrences;
	}

	@Override
	public List<MeetingOccurrence> next(String beat, Instant now, int limit) {
		return occurrences(new MeetingQuery(beat, null, now, now.plus(Duration.ofDays(400)))).stream()
			.filter((occurrence) -> !occurrence.cancelled())
			.limit(limit)
			.toList();
	}

	private MeetingOccurrence occurrence(StoredMeeting row, Instant originalStart, Change change) {
		Duration length = (row.end() != null) ? Duration.between(row.start(), row.end()) : null;
		Instant start = originalStart;
		Instant end = (length != null) ? originalStart.plus(length) : null;
		boolean cancelled = row.cancelled();
		if (change != null) {
			cancelled = cancelled || change.cancelled();
			if (change.newStart() != null) {
				start = change.newStart();
				end = change.newEnd();
			}
		}
		String uid = (row.rule() == null) ? row.id() + "@beatbridge"
				: row.id() + "-" + UID_TIME.format(originalStart) + "@beatbridge";
		return new MeetingOccurrence(uid, new MeetingId(row.id()), originalStart, row.title(), row.district(),
				row.beats(), row.kind(), row.place(), row.latitude(), row.longitude(), start, end, row.languages(),
				row.interpretation(), cancelled, row.details(), row.facilitator(), row.officerStar());
	}

	private Map<UUID, Map<Instant, Change>> changesOf(List<StoredMeeting> rows) {
		Map<UUID, Map<Instant, Change>> changes = new HashMap<>();
		List<UUID> ids = rows.stream().map(StoredMeeting::id).toList();
		if (ids.isEmpty()) {
			return changes;
		}
		this.jdbc.sql("select * from meeting_changes where meeting_id = any(?::uuid[])")
			.param(ids.stream().map(UUID::toString).toArray(String[]::new))
			.query((rs) -> {
				changes.computeIfAbsent(rs.getObject("meeting_id", UUID.class), (id) -> new HashMap<>())
					.put(instant(rs, "original_start"),
							new Change(instant(rs, "new_start"), instant(rs, "new_end"), rs.getBoolean("cancelled")));
			});
		return changes;
	}

	private StoredMeeting stored(ResultSet rs, int row) throws SQLException {
		return new StoredMeeting(rs.getObject("id", UUID.class), rs.getString("district"), strings(rs, "beats"),
				rs.getString("title"), rs.getString("details"), MeetingKind.valueOf(rs.getString("kind")),
				rs.getString("place"), (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"),
				instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("recurrence"), strings(rs, "languages"),
				rs.getBoolean("interpretation"), rs.getBoolean("cancelled"), rs.getString("facilitator"),
				rs.getString("officer_star"), (Long) rs.getObject("facilitator_account_id"));
	}

	private static List<String> strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	static String textArray(List<String> values) {
		return "{" + String.join(",", values.stream().map((v) -> "\"" + v.replace("\"", "\\\"") + "\"").toList()) + "}";
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	record StoredMeeting(UUID id, String district, List<String> beats, String title, String details, MeetingKind kind,
			String place, Double latitude, Double longitude, Instant start, Instant end, String rule,
			List<String> languages, boolean interpretation, boolean cancelled, String facilitator, String officerStar,
			Long facilitatorAccount) {

	}

	record Change(Instant newStart, Instant newEnd, boolean cancelled) {

	}

}
