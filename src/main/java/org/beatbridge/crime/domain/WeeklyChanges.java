package org.beatbridge.crime.domain;

import java.io.IOException;
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

	void add(String beat, String district, LocalDate week, String category, int change) {
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
	}

	/** Writes the changes to the database once they have grown large. */
	void flushIfLarge() throws SQLException, IOException {
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
		// the rows in one buffer and one write: a small loop the JIT compiles once
		StringBuilder rows = new StringBuilder(this.changes.size() * 96);
		for (Map.Entry<BeatWeek, Tally> entry : this.changes.entrySet()) {
			appendRow(rows, entry.getKey(), entry.getValue());
		}
		byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
		PGCopyOutputStream copy = new PGCopyOutputStream(this.connection.unwrap(PGConnection.class),
				"COPY crime_import_changes (beat, week_start, district, categories, incidents) FROM STDIN",
				Math.max(bytes.length, 1));
		try {
			copy.write(bytes);
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

	/** One beat and week in COPY's text format; nothing when its changes cancel out. */
	private static void appendRow(StringBuilder rows, BeatWeek beatWeek, Tally tally) {
		int start = rows.length();
		CopyText.append(rows, beatWeek.beat());
		rows.append('\t').append(beatWeek.week()).append('\t');
		if (tally.district == null) {
			rows.append("\\N");
		}
		else {
			CopyText.append(rows, tally.district);
		}
		rows.append("\t{");
		int categories = 0;
		for (Map.Entry<String, int[]> cell : tally.byCategory.entrySet()) {
			if (cell.getValue()[0] != 0) {
				if (categories++ > 0) {
					rows.append(',');
				}
				CopyText.append(rows, quoted(cell.getKey()));
			}
		}
		if (categories == 0) {
			rows.setLength(start);
			return;
		}
		rows.append("}\t{");
		categories = 0;
		for (int[] count : tally.byCategory.values()) {
			if (count[0] != 0) {
				if (categories++ > 0) {
					rows.append(',');
				}
				rows.append(count[0]);
			}
		}
		rows.append("}\n");
	}

	/** An element of a PostgreSQL array literal, quoted whatever it holds. */
	private static String quoted(String element) {
		StringBuilder quoted = new StringBuilder(element.length() + 2).append('"');
		for (int i = 0; i < element.length(); i++) {
			char c = element.charAt(i);
			if (c == '"' || c == '\\') {
				quoted.append('\\');
			}
			quoted.append(c);
		}
		return quoted.append('"').toString();
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
