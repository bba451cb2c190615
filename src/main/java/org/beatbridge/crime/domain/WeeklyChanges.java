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
import java.util.TreeMap;
import java.util.TreeSet;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * What an import changes in the weekly counts (per beat and week, per category: plus or
 * minus), summed in memory and written to {@code crime_import_changes} as one row per
 * beat and week whenever it grows large, so memory stays bounded whatever span of years a
 * file covers. Incidents without a known beat are not counted.
 */
final class WeeklyChanges {

	private static final int FLUSH_AT = 50_000;

	static final String TABLE = "CREATE TEMP TABLE crime_import_changes (beat TEXT, week_start DATE, district TEXT, "
			+ "categories TEXT[], incidents INTEGER[]) ON COMMIT DROP";

	private final Map<BeatWeek, Tally> changes = new HashMap<>();

	private int cells;

	private int flushes;

	private final Set<String> beats = new TreeSet<>();

	private LocalDate earliestWeek;

	private final Connection connection;

	WeeklyChanges(Connection connection) {
		this.connection = connection;
	}

	void add(String beat, String district, LocalDate week, String category, int change)
			throws SQLException, IOException {
		if (beat == null) {
			return;
		}
		Tally tally = this.changes.get(new BeatWeek(beat, week));
		if (tally == null) {
			tally = new Tally();
			this.changes.put(new BeatWeek(beat, week), tally);
			this.beats.add(beat);
			if (this.earliestWeek == null || week.isBefore(this.earliestWeek)) {
				this.earliestWeek = week;
			}
		}
		if (district != null && (tally.district == null || district.compareTo(tally.district) > 0)) {
			tally.district = district;
		}
		int[] count = tally.byCategory.get(category);
		if (count == null) {
			count = new int[1];
			tally.byCategory.put(category, count);
			this.cells++;
		}
		count[0] += change;
		if (this.cells >= FLUSH_AT) {
			flush();
		}
	}

	void flush() throws SQLException, IOException {
		if (this.changes.isEmpty()) {
			return;
		}
		if (this.flushes == 0) {
			try (Statement statement = this.connection.createStatement()) {
				statement.execute(TABLE);
			}
		}
		this.flushes++;
		PGCopyOutputStream copy = new PGCopyOutputStream(this.connection.unwrap(PGConnection.class),
				"COPY crime_import_changes (beat, week_start, district, categories, incidents) FROM STDIN", 1 << 16);
		try {
			Writer out = new OutputStreamWriter(copy, StandardCharsets.UTF_8);
			StringBuilder categories = new StringBuilder();
			StringBuilder incidents = new StringBuilder();
			for (Map.Entry<BeatWeek, Tally> entry : this.changes.entrySet()) {
				categories.setLength(0);
				incidents.setLength(0);
				for (Map.Entry<String, int[]> cell : entry.getValue().byCategory.entrySet()) {
					if (cell.getValue()[0] != 0) {
						categories.append((categories.length() > 0) ? "," : "{");
						appendQuoted(categories, cell.getKey());
						incidents.append((incidents.length() > 0) ? "," : "{").append(cell.getValue()[0]);
					}
				}
				if (categories.length() > 0) {
					out.write(CopyText.row(entry.getKey().beat(), entry.getKey().week().toString(),
							entry.getValue().district, categories.append('}').toString(),
							incidents.append('}').toString()));
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
		this.cells = 0;
	}

	/** An element of a PostgreSQL array literal, quoted whatever it holds. */
	private static void appendQuoted(StringBuilder array, String element) {
		array.append('"');
		for (int i = 0; i < element.length(); i++) {
			char c = element.charAt(i);
			if (c == '"' || c == '\\') {
				array.append('\\');
			}
			array.append(c);
		}
		array.append('"');
	}

	/** Whether {@code crime_import_changes} exists: the import changed some counts. */
	boolean written() {
		return this.flushes > 0;
	}

	/**
	 * Whether {@code crime_import_changes} holds each beat and week at most once (it was
	 * written once), so it can be applied without summing it first.
	 */
	boolean writtenOnce() {
		return this.flushes <= 1;
	}

	/** The earliest week whose counts an import changed, {@code null} when none. */
	LocalDate earliestWeek() {
		return this.earliestWeek;
	}

	/** The beats whose counts an import changed (a few hundred at most), in order. */
	List<String> beats() {
		return List.copyOf(this.beats);
	}

	private record BeatWeek(String beat, LocalDate week) {

	}

	/** One beat and week: its district and the change per category, in order. */
	private static final class Tally {

		private String district;

		private final Map<String, int[]> byCategory = new TreeMap<>();

	}

}
