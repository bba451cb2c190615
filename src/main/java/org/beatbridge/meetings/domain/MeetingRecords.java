package org.beatbridge.meetings.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.beatbridge.meetings.InvalidMeeting;
import org.beatbridge.meetings.MeetingOccurrence;
import org.beatbridge.meetings.PriorityProblemSelected;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens at and after one occurrence: its agenda, sign-in sheet, minutes, chosen
 * priorities and action items, and residents' interpretation requests. Everything is
 * keyed by the meeting and the occurrence's original start, so a moved meeting keeps its
 * records.
 */
@Service
public class MeetingRecords {

	private static final int MAX_TEXT = 20_000;

	private static final int MAX_LINE = 300;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	MeetingRecords(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Optional<Agenda> agenda(MeetingOccurrence occurrence) {
		return this.jdbc.sql("select * from meeting_records where meeting_id = ? and original_start = ?")
			.params(occurrence.meeting().value(), Timestamp.from(occurrence.originalStart()))
			.query((rs, n) -> new Agenda(rs.getString("welcome"), rs.getString("feedback"), rs.getString("conditions"),
					rs.getString("strategies"), rs.getString("next_steps"), instant(rs, "agenda_published_at")))
			.optional();
	}

	/**
	 * Stores the agenda's sections; publishing makes it public (and keeps it public on
	 * later edits).
	 */
	@Transactional
	public void saveAgenda(MeetingOccurrence occurrence, Agenda agenda, boolean publish) {
		String[] sections = { agenda.welcome(), agenda.feedback(), agenda.conditions(), agenda.strategies(),
				agenda.nextSteps() };
		String[] names = { "welcome", "feedback", "conditions", "strategies", "nextSteps" };
		for (int i = 0; i < sections.length; i++) {
			sections[i] = text(names[i], sections[i], false);
			if (sections[i] == null) {
				sections[i] = "";
			}
		}
		this.jdbc
			.sql("""
					insert into meeting_records (meeting_id, original_start, welcome, feedback, conditions, strategies,
						next_steps, agenda_published_at)
					values (?, ?, ?, ?, ?, ?, ?, case when ? then now() end)
					on conflict (meeting_id, original_start) do update set welcome = excluded.welcome,
						feedback = excluded.feedback, conditions = excluded.conditions, strategies = excluded.strategies,
						next_steps = excluded.next_steps, updated_at = now(),
						agenda_published_at = coalesce(meeting_records.agenda_published_at, excluded.agenda_published_at)""")
			.params(occurrence.meeting().value(), Timestamp.from(occurrence.originalStart()), sections[0], sections[1],
					sections[2], sections[3], sections[4], publish)
			.update();
	}

	@Transactional(readOnly = true)
	public Optional<MeetingMinutes> minutes(MeetingOccurrence occurrence) {
		return this.jdbc
			.sql("select minutes, decisions from meeting_records where meeting_id = ? and original_start = ?"
					+ " and (minutes is not null or decisions is not null)")
			.params(occurrence.meeting().value(), Timestamp.from(occurrence.originalStart()))
			.query((rs, n) -> new MeetingMinutes(rs.getString("minutes"), rs.getString("decisions")))
			.optional();
	}

	/** Minutes need an agenda row; an empty draft agenda is made when there is none. */
	@Transactional
	public void saveMinutes(MeetingOccurrence occurrence, String minutes, String decisions) {
		String cleanMinutes = text("minutes", minutes, false);
		String cleanDecisions = text("decisions", decisions, false);
		this.jdbc.sql("""
				insert into meeting_records (meeting_id, original_start, welcome, feedback, conditions, strategies,
					next_steps, minutes, decisions)
				values (?, ?, '', '', '', '', '', ?, ?)
				on conflict (meeting_id, original_start) do update set minutes = excluded.minutes,
					decisions = excluded.decisions, updated_at = now()""")
			.params(occurrence.meeting().value(), Timestamp.from(occurrence.originalStart()), cleanMinutes,
					cleanDecisions)
			.update();
	}

	/**
	 * Adds a line to the sign-in sheet. A resident with an account or an officer with a
	 * star number is only counted once.
	 */
	@Transactional
	public void attend(MeetingOccurrence occurrence, AttendeeRole role, Long accountId, String name, String starNumber,
			boolean listed) {
		if (role == null) {
			throw InvalidMeeting.because("role", "Say whether the person is a resident, an officer or staff.");
		}
		String cleanName = text("name", name, true);
		String star = (starNumber == null || starNumber.isBlank()) ? null : starNumber.strip();
		if (role == AttendeeRole.OFFICER) {
			if (star == null || !star.matches("[0-9A-Za-z-]{1,10}")) {
				throw InvalidMeeting.because("starNumber", "Record an officer by star number (1 to 10 digits).");
			}
		}
		else {
			star = null;
			if (cleanName == null && accountId == null) {
				throw InvalidMeeting.because("name", "Write the person's name.");
			}
		}
		try {
			this.jdbc.sql("""
					insert into meeting_attendance (id, meeting_id, original_start, role, account_id, name,
						star_number, listed)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), occurrence.meeting().value(), Timestamp.from(occurrence.originalStart()),
						role.name(), accountId, cleanName, star, listed && cleanName != null)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw InvalidMeeting.because((star != null) ? "starNumber" : "name",
					"This person is already on the sign-in sheet.");
		}
	}

	@Transactional(readOnly = true)
	public List<Attendee> attendance(MeetingOccurrence occurrence) {
		return this.jdbc
			.sql("select * from meeting_attendance where meeting_id = ? and original_start = ? order by created_at")
			.params(occurrence.meeting().value(), Timestamp.from(occurrence.originalStart()))
			.query((rs, n) -> new Attendee(rs.getObject("id", UUID.class), AttendeeRole.valueOf(rs.getString("role")),
					(Long) rs.getObject("account_id"), rs.getString("name"), rs.getString("star_number"),
					rs.getBoolean("listed")))
			.list();
	}

	public static Map<AttendeeRole, Integer> counts(List<Attendee> attendance) {
		Map<AttendeeRole, Integer> counts = new EnumMap<>(AttendeeRole.class);
		for (AttendeeRole role : AttendeeRole.values()) {
			counts.put(role, 0);
		}
		attendance.forEach((a) -> counts.merge(a.role(), 1, Integer::sum));
		return counts;
	}

	/**
	 * Records a priority problem chosen by the meeting and tells problem solving about
	 * it.
	 */
	@Transactional
	public Priority selectPriority(MeetingOccurrence occurrence, String title, String description, String strategy,
			String contact) {
		String cleanTitle = text("title", title, true);
		if (cleanTitle == null) {
			throw InvalidMeeting.because("title", "Name the problem in a few words.");
		}
		String cleanDescription = text("description", description, false);
		String cleanStrategy = text("strategy", strategy, false);
		String cleanContact = text("contact", contact, true);
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into meeting_priorities (id, meeting_id, original_start, district, beats, title, description,
					strategy, contact)
				values (?, ?, ?, ?, ?::text[], ?, ?, ?, ?)""")
			.params(id, occurrence.meeting().value(), Timestamp.from(occurrence.originalStart()), occurrence.district(),
					JdbcMeetings.textArray(occurrence.beats()), cleanTitle, cleanDescription, cleanStrategy,
					cleanContact)
			.update();
		this.events.publishEvent(new PriorityProblemSelected(id, occurrence.meeting(), occurrence.originalStart(),
				occurrence.district(), occurrence.beats(), cleanTitle, cleanDescription));
		return new Priority(id, occurrence.originalStart(), cleanTitle, cleanDescription, cleanStrategy, cleanContact,
				null, null);
	}

	/**
	 * The meeting's verdict on an earlier priority: the strategy works, changes or ends.
	 */
	@Transactional
	public void reviewPriority(MeetingOccurrence occurrence, UUID priority, String verdict, String note,
			String strategy) {
		String review = (verdict == null) ? "" : verdict.strip().toUpperCase(Locale.ROOT);
		if (!List.of("WORKING", "CHANGE", "CLOSE").contains(review)) {
			throw InvalidMeeting.because("review", "Choose: the strategy is working, change it, or close it.");
		}
		String cleanNote = text("note", note, false);
		String cleanStrategy = text("strategy", strategy, false);
		int updated = this.jdbc.sql("""
				update meeting_priorities set review = ?, review_note = ?, reviewed_meeting_id = ?, reviewed_start = ?,
					strategy = coalesce(?, strategy)
				where id = ? and beats && ?::text[] and original_start < ?""")
			.params(review, cleanNote, occurrence.meeting().value(), Timestamp.from(occurrence.originalStart()),
					cleanStrategy, priority, JdbcMeetings.textArray(occurrence.beats()),
					Timestamp.from(occurrence.originalStart()))
			.update();
		if (updated == 0) {
			throw InvalidMeeting.because("priority", "This priority was not chosen at an earlier meeting of the beat.");
		}
	}

	@Transactional(readOnly = true)
	public List<Priority> prioritiesChosenAt(MeetingOccurrence occurrence) {
		return this.jdbc
			.sql("select * from meeting_priorities where meeting_id = ? and original_start = ? order by created_at")
			.params(occurrence.meeting().value(), Timestamp.from(occurrence.originalStart()))
			.query(this::priority)
			.list();
	}

	/**
	 * Priorities of the same beats chosen at earlier meetings that were still open when
	 * this one began: the agenda's feedback section and the public page's "what
	 * happened".
	 */
	@Transactional(readOnly = true)
	public List<Priority> earlierPriorities(MeetingOccurrence occurrence) {
		return this.jdbc.sql("""
				select * from meeting_priorities where beats && ?::text[] and original_start < ?
					and (review is distinct from 'CLOSE' or (reviewed_meeting_id = ? and reviewed_start = ?)
						or reviewed_start >= ?)
				order by original_start, created_at""")
			.params(JdbcMeetings.textArray(occurrence.beats()), Timestamp.from(occurrence.originalStart()),
					occurrence.meeting().value(), Timestamp.from(occurrence.originalStart()),
					Timestamp.from(occurrence.originalStart()))
			.query(this::priority)
			.list();
	}

	@Transactional
	public ActionItem addActionItem(MeetingOccurrence occurrence, String description, String owner, LocalDate due) {
		String cleanDescription = text("description", description, false);
		if (cleanDescription == null) {
			throw InvalidMeeting.because("description", "Say what is to be done.");
		}
		String cleanOwner = text("owner", owner, true);
		if (cleanOwner == null) {
			throw InvalidMeeting.because("owner", "Name who will do it.");
		}
		if (due == null) {
			throw InvalidMeeting.because("due", "Give the date it is due.");
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into meeting_action_items (id, meeting_id, original_start, district, beats, description, owner,
					due)
				values (?, ?, ?, ?, ?::text[], ?, ?, ?)""")
			.params(id, occurrence.meeting().value(), Timestamp.from(occurrence.originalStart()), occurrence.district(),
					JdbcMeetings.textArray(occurrence.beats()), cleanDescription, cleanOwner, due)
			.update();
		return new ActionItem(id, occurrence.originalStart(), cleanDescription, cleanOwner, due, null);
	}

	/** Marks an action item of these beats done. */
	@Transactional
	public void completeActionItem(MeetingOccurrence occurrence, UUID item) {
		int updated = this.jdbc.sql(
				"update meeting_action_items set done_at = coalesce(done_at, now()) where id = ? and beats && ?::text[]")
			.params(item, JdbcMeetings.textArray(occurrence.beats()))
			.update();
		if (updated == 0) {
			throw InvalidMeeting.because("item", "There is no such action item for this beat.");
		}
	}

	@Transactional(readOnly = true)
	public List<ActionItem> actionItemsAgreedAt(MeetingOccurrence occurrence) {
		return this.jdbc
			.sql("select * from meeting_action_items where meeting_id = ? and original_start = ? order by created_at")
			.params(occurrence.meeting().value(), Timestamp.from(occurrence.originalStart()))
			.query(this::actionItem)
			.list();
	}

	/** Open action items of the same beats agreed at earlier meetings. */
	@Transactional(readOnly = true)
	public List<ActionItem> carriedActionItems(MeetingOccurrence occurrence) {
		return this.jdbc.sql("""
				select * from meeting_action_items where beats && ?::text[] and original_start < ?
					and (done_at is null or done_at >= ?)
				order by due, created_at""")
			.params(JdbcMeetings.textArray(occurrence.beats()), Timestamp.from(occurrence.originalStart()),
					Timestamp.from(occurrence.originalStart()))
			.query(this::actionItem)
			.list();
	}

	/** A resident asks for interpretation; asking twice counts once. */
	@Transactional
	public void requestInterpretation(MeetingOccurrence occurrence, String language, long accountId) {
		String code = (language == null) ? "" : language.strip().toLowerCase(Locale.ROOT);
		if (!code.matches("[a-z]{2,3}")) {
			throw InvalidMeeting.because("language", "Choose the language you need.");
		}
		this.jdbc.sql("""
				insert into interpretation_requests (meeting_id, original_start, language, account_id)
				values (?, ?, ?, ?) on conflict do nothing""")
			.params(occurrence.meeting().value(), Timestamp.from(occurrence.originalStart()), code, accountId)
			.update();
	}

	/** Requests per language, most requested first. */
	@Transactional(readOnly = true)
	public Map<String, Integer> interpretationRequests(MeetingOccurrence occurrence) {
		Map<String, Integer> requests = new LinkedHashMap<>();
		this.jdbc.sql("""
				select language, count(*) as n from interpretation_requests where meeting_id = ? and original_start = ?
				group by language order by n desc, language""")
			.params(occurrence.meeting().value(), Timestamp.from(occurrence.originalStart()))
			.query((rs) -> {
				requests.put(rs.getString("language"), rs.getInt("n"));
			});
		return requests;
	}

	private Priority priority(ResultSet rs, int row) throws SQLException {
		return new Priority(rs.getObject("id", UUID.class), instant(rs, "original_start"), rs.getString("title"),
				rs.getString("description"), rs.getString("strategy"), rs.getString("contact"), rs.getString("review"),
				rs.getString("review_note"));
	}

	private ActionItem actionItem(ResultSet rs, int row) throws SQLException {
		return new ActionItem(rs.getObject("id", UUID.class), instant(rs, "original_start"),
				rs.getString("description"), rs.getString("owner"), rs.getObject("due", LocalDate.class),
				instant(rs, "done_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** Blank becomes null; too long is refused naming the field. */
	private static String text(String field, String value, boolean line) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String clean = value.strip().replace("\r\n", "\n");
		int max = line ? MAX_LINE : MAX_TEXT;
		if (clean.length() > max) {
			throw InvalidMeeting.because(field, "At most " + max + " characters, please.");
		}
		return clean;
	}

}
