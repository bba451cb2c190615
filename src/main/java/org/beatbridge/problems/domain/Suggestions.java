package org.beatbridge.problems.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored suggestions. One per source reference: suggesting it again refreshes it
 * (unless an officer already acted on it).
 */
@Repository
public class Suggestions {

	private final JdbcClient jdbc;

	Suggestions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long offer(CaseSource source, String reference, String district, List<String> beats, String category, String title,
			String detail) {
		return this.jdbc
			.sql("""
					INSERT INTO problem_suggestions AS s (source, source_reference, district, beats, category, title, detail)
					VALUES (?, ?, ?, ?, ?, ?, ?)
					ON CONFLICT (source, source_reference) DO UPDATE SET title = excluded.title, detail = excluded.detail,
					suggested_at = CASE WHEN s.status = 'OPEN' THEN now() ELSE s.suggested_at END
					RETURNING id""")
			.params(source.name(), reference, district, beats.toArray(String[]::new), category, title, detail)
			.query(Long.class)
			.single();
	}

	/** Suggestions nobody has acted on yet, newest first; of one district or all. */
	public List<Suggestion> pending(Optional<String> district) {
		return this.jdbc.sql("""
				SELECT * FROM problem_suggestions WHERE status = 'OPEN' AND (?::text IS NULL OR district = ?)
				ORDER BY suggested_at DESC, id DESC LIMIT 50""")
			.params(district.orElse(null), district.orElse(null))
			.query(Suggestions::suggestion)
			.list();
	}

	public Optional<Suggestion> findPending(long id) {
		return this.jdbc.sql("SELECT * FROM problem_suggestions WHERE id = ? AND status = 'OPEN'")
			.param(id)
			.query(Suggestions::suggestion)
			.optional();
	}

	void markOpened(long id, long caseId) {
		this.jdbc.sql("UPDATE problem_suggestions SET status = 'OPENED', case_id = ? WHERE id = ?")
			.params(caseId, id)
			.update();
	}

	public boolean dismiss(long id) {
		return this.jdbc.sql("UPDATE problem_suggestions SET status = 'DISMISSED' WHERE id = ? AND status = 'OPEN'")
			.param(id)
			.update() > 0;
	}

	private static Suggestion suggestion(ResultSet rs, int n) throws SQLException {
		return new Suggestion(rs.getLong("id"), CaseSource.valueOf(rs.getString("source")),
				rs.getString("source_reference"), rs.getString("district"),
				Arrays.asList((String[]) rs.getArray("beats").getArray()), rs.getString("category"),
				rs.getString("title"), rs.getString("detail"), rs.getTimestamp("suggested_at").toInstant());
	}

}
