package org.beatbridge.crime.domain;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * What an import changes in the weekly counts (beat, district, week, category: plus or
 * minus), summed in memory and written to {@code crime_import_changes} whenever it grows
 * large, so memory stays bounded whatever span of years a file covers.
 */
final class WeeklyChanges {

	private static final int FLUSH_AT = 50_000;

	static final String TABLE = "CREATE TEMP TABLE crime_import_changes (beat TEXT, district TEXT, week_start DATE, "
			+ "category TEXT, change INTEGER) ON COMMIT DROP";

	private final Map<Key, int[]> changes = new HashMap<>();

	private final Set<String> beats = new TreeSet<>();

	private boolean tableCreated;

	private LocalDate earliestWeek;

	private final Connection connection;

	WeeklyChanges(Connection connection) {
		this.connection = connection;
	}

	void add(String beat, String district, LocalDate week, String category, int change)
			throws SQLException, IOException {
		this.changes.computeIfAbsent(new Key(beat, district, week, category), (key) -> new int[1])[0] += change;
		if (beat != null) {
			this.beats.add(beat);
			if (this.earliestWeek == null || week.isBefore(this.earliestWeek)) {
				this.earliestWeek = week;
			}
		}
		if (this.changes.size() >= FLUSH_AT) {
			flush();
		}
	}

	void flush() throws SQLException, IOException {
		if (this.changes.isEmpty()) {
			return;
		}
		if (!this.tableCreated) {
			try (Statement statement = this.connection.createStatement()) {
				statement.execute(TABLE);
			}
			this.tableCreated = true;
		}
		PGCopyOutputStream copy = new PGCopyOutputStream(this.connection.unwrap(PGConnection.class),
				"COPY crime_import_changes (beat, district, week_start, category, change) FROM STDIN", 1 << 16);
		try {
			Writer out = new OutputStreamWriter(copy, StandardCharsets.UTF_8);
			for (Map.Entry<Key, int[]> entry : this.changes.entrySet()) {
				Key key = entry.getKey();
				if (entry.getValue()[0] != 0) {
					out.write(CopyText.row(key.beat(), key.district(), key.week().toString(), key.category(),
							Integer.toString(entry.getValue()[0])));
				}
			}
			out.flush();
			copy.endCopy();
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
		this.changes.clear();
	}

	/** The earliest week whose counts an import changed, {@code null} when none. */
	LocalDate earliestWeek() {
		return this.earliestWeek;
	}

	/** The beats whose counts an import changed (a few hundred at most), in order. */
	List<String> beats() {
		return List.copyOf(this.beats);
	}

	private record Key(String beat, String district, LocalDate week, String category) {

	}

}
