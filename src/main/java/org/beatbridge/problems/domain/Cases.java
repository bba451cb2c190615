package org.beatbridge.problems.domain;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.beatbridge.problems.ProblemStage;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored problem cases. Saving checks the version the case was read at, so a change
 * made meanwhile by someone else is never overwritten (optimistic locking).
 */
@Repository
public class Cases {

	private static final String COLUMNS = """
			id, version, title, district, beats, categories, source, source_reference, stage, statement,
			why_priority, incidents_from, incidents_to, offender, victim_target, place, handler, guardian,
			manager, hypotheses, data_examined, response_started_on, assessment_weeks, before_from, before_to,
			before_incidents, after_from, after_to, after_incidents, residents_assessment, outcome, opened_by,
			opened_at, closed_at""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	Cases(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public Optional<ProblemCase> find(long id) {
		List<Row> rows = this.jdbc.sql("SELECT " + COLUMNS + " FROM problem_cases WHERE id = ?")
			.param(id)
			.query(Cases::row)
			.list();
		return rows.isEmpty() ? Optional.empty() : Optional.of(assemble(rows).get(0));
	}

	/** Cases covering the beat, open ones first, newest first. */
	public List<ProblemCase> ofBeat(String beat) {
		return assemble(this.jdbc
			.sql("SELECT " + COLUMNS + " FROM problem_cases WHERE ? = ANY (beats) ORDER BY (stage = 'CLOSED'), "
					+ "opened_at DESC")
			.param(beat)
			.query(Cases::row)
			.list());
	}

	public List<ProblemCase> ofDistrict(String district) {
		return assemble(this.jdbc
			.sql("SELECT " + COLUMNS + " FROM problem_cases WHERE district = ? ORDER BY (stage = 'CLOSED'), "
					+ "opened_at DESC")
			.param(district)
			.query(Cases::row)
			.list());
	}

	/** Open cases, for the officers' list; newest first. */
	public List<ProblemCase> open(Optional<String> district) {
		if (district.isPresent()) {
			return assemble(this.jdbc
				.sql("SELECT " + COLUMNS
						+ " FROM problem_cases WHERE stage <> 'CLOSED' AND district = ? ORDER BY opened_at DESC")
				.param(district.get())
				.query(Cases::row)
				.list());
		}
		return assemble(this.jdbc
			.sql("SELECT " + COLUMNS + " FROM problem_cases WHERE stage <> 'CLOSED' ORDER BY opened_at DESC")
			.query(Cases::row)
			.list());
	}

	/** Whether a case was opened from this source reference already. */
	public boolean existsFrom(CaseSource source, String reference) {
		return this.jdbc.sql("SELECT count(*) FROM problem_cases WHERE source = ? AND source_reference = ?")
			.params(source.name(), reference)
			.query(Integer.class)
			.single() > 0;
	}

	/** Whether an open case already covers one of these beats for this category. */
	public boolean openCaseCovers(List<String> beats, String category) {
		return this.jdbc.sql("""
				SELECT count(*) FROM problem_cases
				WHERE stage <> 'CLOSED' AND beats && ?::text[] AND (?::text IS NULL OR ?::text = ANY (categories))""")
			.params(beats.toArray(String[]::new), category, category)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Stores a new case or the changes to one.
	 * @return the id of the case
	 * @throws CaseChangedElsewhere when the stored case is no longer the version read
	 */
	public long save(ProblemCase problem) {
		long id;
		if (problem.id() == null) {
			id = this.template.execute((Connection connection) -> {
				try (var statement = connection.prepareStatement(
						"INSERT INTO problem_cases (title, district, beats, categories, source, source_reference, "
								+ "stage, statement, opened_by, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
								+ "RETURNING id")) {
					statement.setString(1, problem.title());
					statement.setString(2, problem.district());
					statement.setArray(3, connection.createArrayOf("text", problem.beats().toArray()));
					statement.setArray(4, connection.createArrayOf("text", problem.categories().toArray()));
					statement.setString(5, problem.source().name());
					statement.setString(6, problem.sourceReference());
					statement.setString(7, problem.stage().name());
					statement.setString(8, problem.statement());
					statement.setObject(9, problem.openedBy());
					statement.setTimestamp(10, Timestamp.from(problem.openedAt()));
					try (ResultSet keys = statement.executeQuery()) {
						keys.next();
						return keys.getLong(1);
					}
				}
			});
			updateFields(id, 0, problem);
		}
		else {
			id = problem.id();
			updateFields(id, problem.version(), problem);
		}
		saveActions(id, problem);
		for (StageChange change : problem.takeUnsavedChanges()) {
			this.jdbc.sql("""
					INSERT INTO problem_case_stage_changes (case_id, from_stage, to_stage, changed_by, changed_by_name,
					changed_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, (change.from() != null) ? change.from().name() : null, change.to().name(), change.by(),
						change.byName(), Timestamp.from(change.at()), change.reason())
				.update();
		}
		return id;
	}

	private void updateFields(long id, int version, ProblemCase problem) {
		Analysis analysis = problem.analysis();
		BeforeAfter measure = problem.measure();
		int updated = this.template.update(connection -> {
			var statement = connection.prepareStatement("""
					UPDATE problem_cases SET version = version + 1, title = ?, categories = ?, stage = ?,
					statement = ?, why_priority = ?, incidents_from = ?, incidents_to = ?, offender = ?,
					victim_target = ?, place = ?, handler = ?, guardian = ?, manager = ?, hypotheses = ?,
					data_examined = ?, response_started_on = ?, assessment_weeks = ?, before_from = ?, before_to = ?,
					before_incidents = ?, after_from = ?, after_to = ?, after_incidents = ?, residents_assessment = ?,
					outcome = ?, closed_at = ?
					WHERE id = ? AND version = ?""");
			int i = 1;
			statement.setString(i++, problem.title());
			statement.setArray(i++, connection.createArrayOf("text", problem.categories().toArray()));
			statement.setString(i++, problem.stage().name());
			statement.setString(i++, problem.statement());
			statement.setString(i++, problem.whyPriority());
			statement.setObject(i++, problem.incidentsFrom());
			statement.setObject(i++, problem.incidentsTo());
			statement.setString(i++, analysis.offender());
			statement.setString(i++, analysis.victimTarget());
			statement.setString(i++, analysis.place());
			statement.setString(i++, analysis.handler());
			statement.setString(i++, analysis.guardian());
			statement.setString(i++, analysis.manager());
			statement.setString(i++, analysis.hypotheses());
			statement.setString(i++, analysis.dataExamined());
			statement.setObject(i++, problem.responseStartedOn());
			statement.setObject(i++, (measure != null) ? measure.weeks() : null);
			statement.setObject(i++, (measure != null) ? measure.beforeFrom() : null);
			statement.setObject(i++, (measure != null) ? measure.beforeTo() : null);
			statement.setObject(i++, (measure != null) ? measure.beforeIncidents() : null);
			statement.setObject(i++, (measure != null) ? measure.afterFrom() : null);
			statement.setObject(i++, (measure != null) ? measure.afterTo() : null);
			statement.setObject(i++, (measure != null) ? measure.afterIncidents() : null);
			statement.setString(i++, problem.residentsAssessment());
			statement.setString(i++, (problem.outcome() != null) ? problem.outcome().name() : null);
			statement.setObject(i++, (problem.closedAt() != null) ? Timestamp.from(problem.closedAt()) : null);
			statement.setLong(i++, id);
			statement.setInt(i, version);
			return statement;
		});
		if (updated == 0) {
			throw CaseChangedElsewhere.of(id);
		}
	}

	private void saveActions(long id, ProblemCase problem) {
		List<ResponseAction> stored = new ArrayList<>();
		for (ResponseAction action : problem.actions()) {
			if (action.id() == null) {
				long actionId = this.jdbc.sql("""
						INSERT INTO problem_case_actions (case_id, description, owner_type, owner_role, owner_name,
						owner_name_public, service_request, due_on, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
						RETURNING id""")
					.params(id, action.description(), action.ownerType().name(), action.ownerRole(), action.ownerName(),
							action.ownerNamePublic(), action.serviceRequest(), action.dueOn(), action.status().name())
					.query(Long.class)
					.single();
				stored.add(action.withId(actionId));
			}
			else {
				this.jdbc.sql("UPDATE problem_case_actions SET status = ? WHERE id = ? AND case_id = ?")
					.params(action.status().name(), action.id(), id)
					.update();
				stored.add(action);
			}
		}
		problem.storedActions(stored);
	}

	private List<ProblemCase> assemble(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
		Map<Long, List<ResponseAction>> actions = new HashMap<>();
		this.jdbc.sql("SELECT * FROM problem_case_actions WHERE case_id = ANY (?) ORDER BY due_on, id")
			.param(ids)
			.query((rs, n) -> actions.computeIfAbsent(rs.getLong("case_id"), (key) -> new ArrayList<>())
				.add(new ResponseAction(rs.getLong("id"), rs.getString("description"),
						OwnerType.valueOf(rs.getString("owner_type")), rs.getString("owner_role"),
						rs.getString("owner_name"), rs.getBoolean("owner_name_public"), rs.getString("service_request"),
						rs.getDate("due_on").toLocalDate(), ActionStatus.valueOf(rs.getString("status")))))
			.list();
		Map<Long, List<StageChange>> history = new HashMap<>();
		this.jdbc.sql("SELECT * FROM problem_case_stage_changes WHERE case_id = ANY (?) ORDER BY changed_at, id")
			.param(ids)
			.query((rs, n) -> history.computeIfAbsent(rs.getLong("case_id"), (key) -> new ArrayList<>())
				.add(new StageChange(stage(rs.getString("from_stage")), ProblemStage.valueOf(rs.getString("to_stage")),
						(Long) rs.getObject("changed_by"), rs.getString("changed_by_name"),
						rs.getTimestamp("changed_at").toInstant(), rs.getString("reason"))))
			.list();
		return rows.stream()
			.map((row) -> row.toCase(actions.getOrDefault(row.id(), List.of()),
					history.getOrDefault(row.id(), List.of())))
			.toList();
	}

	private static ProblemStage stage(String name) {
		return (name != null) ? ProblemStage.valueOf(name) : null;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		BeforeAfter measure = null;
		Integer weeks = (Integer) rs.getObject("assessment_weeks");
		if (weeks != null) {
			measure = new BeforeAfter(weeks, date(rs, "before_from"), date(rs, "before_to"),
					rs.getInt("before_incidents"), date(rs, "after_from"), date(rs, "after_to"),
					rs.getInt("after_incidents"));
		}
		String outcome = rs.getString("outcome");
		Timestamp closed = rs.getTimestamp("closed_at");
		return new Row(rs.getLong("id"), rs.getInt("version"), rs.getString("title"), rs.getString("district"),
				strings(rs.getArray("beats")), strings(rs.getArray("categories")),
				CaseSource.valueOf(rs.getString("source")), rs.getString("source_reference"),
				ProblemStage.valueOf(rs.getString("stage")), rs.getString("statement"), rs.getString("why_priority"),
				date(rs, "incidents_from"), date(rs, "incidents_to"),
				new Analysis(rs.getString("offender"), rs.getString("victim_target"), rs.getString("place"),
						rs.getString("handler"), rs.getString("guardian"), rs.getString("manager"),
						rs.getString("hypotheses"), rs.getString("data_examined")),
				date(rs, "response_started_on"), measure, rs.getString("residents_assessment"),
				(outcome != null) ? Outcome.valueOf(outcome) : null, (Long) rs.getObject("opened_by"),
				rs.getTimestamp("opened_at").toInstant(), (closed != null) ? closed.toInstant() : null);
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date value = rs.getDate(column);
		return (value != null) ? value.toLocalDate() : null;
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	private record Row(long id, int version, String title, String district, List<String> beats, List<String> categories,
			CaseSource source, String sourceReference, ProblemStage stage, String statement, String whyPriority,
			LocalDate incidentsFrom, LocalDate incidentsTo, Analysis analysis, LocalDate responseStartedOn,
			BeforeAfter measure, String residentsAssessment, Outcome outcome, Long openedBy, Instant openedAt,
			Instant closedAt) {

		ProblemCase toCase(List<ResponseAction> actions, List<StageChange> history) {
			return new ProblemCase(this.id, this.version, this.title, this.district, this.beats, this.categories,
					this.source, this.sourceReference, this.stage, this.statement, this.whyPriority, this.incidentsFrom,
					this.incidentsTo, this.analysis, this.responseStartedOn, actions, this.measure,
					this.residentsAssessment, this.outcome, this.openedBy, this.openedAt, this.closedAt, history);
		}

	}

}
