package org.beatbridge.crime.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

	/**
	 * Cells (beat, week and category) kept before they are written: about 200 bytes per
	 * beat and week, 10 MB at most, and a year of the city's incidents fits, so the
	 * changes are usually written once and applied without being summed again.
	 */
	private static final int FLUSH_AT = 500_000;

	static final String TABLE = "CREATE TEMP TABLE crime_import_changes (beat TEXT, week_start DATE, district TEXT, "
			+ "categories TEXT[], incidents INTEGER[]) ON COMMIT DROP";

	private final Map<BeatWeek, Tally> changes = new HashMap<>();

	private int cells;

	private int flushes;

	private final Set<String> beats = new TreeSet<>();

	private LocalDate earliestWeek;

	private LocalDate latestWeek;

	private final Connection connection;

	WeeklyChanges(Connection connection) {
		this.connection = connection;
	}

	void add(String beat, String district, LocalDate week, String category, int change) {
		if (beat == null) {
			return;
		}
		// called for every row: one key, no boxing, categories found by a short scan
		BeatWeek key = new BeatWeek(beat, week);
		Tally tally = this.changes.get(key);
		if (tally == null) {
			tally = new Tally();
			this.changes.put(key, tally);
			this.beats.add(beat);
			if (this.earliestWeek == null || week.isBefore(this.earliestWeek)) {
				this.earliestWeek = week;
			}
			if (this.latestWeek == null || week.isAfter(this.latestWeek)) {
				this.latestWeek = week;
			}
		}
		if (district != null && (tally.district == null || district.compareTo(tally.district) > 0)) {
			tally.district = district;
		}
		if (tally.add(category, change)) {
			this.cells++;
		}
	}

	/** Writes the changes to the database once they have grown large. */
	void flushIfLarge() throws SQLException, IOException {
		if (this.cells >= FLUSH_AT) {
			flush();
		}
	}

	/**
	 * Writes what is left at the end of an import. When everything is still in memory,
	 * the beats and weeks without counts yet go straight into
	 * {@code crime_weekly_beat_tallies} (new data, most of a monthly export); only the
	 * others are written to {@code crime_import_changes}, to be added to their counts.
	 * @return whether {@code crime_import_changes} was written: the counts must take it
	 */
	boolean finish() throws SQLException, IOException {
		if (this.changes.isEmpty()) {
			return this.flushes > 0;
		}
		if (this.flushes == 0) {
			Set<BeatWeek> counted = new HashSet<>();
			try (PreparedStatement query = this.connection.prepareStatement(
					"SELECT beat, week_start FROM crime_weekly_beat_tallies WHERE week_start BETWEEN ? AND ?")) {
				query.setObject(1, this.earliestWeek);
				query.setObject(2, this.latestWeek);
				try (ResultSet result = query.executeQuery()) {
					while (result.next()) {
						counted.add(new BeatWeek(result.getString(1), result.getObject(2, LocalDate.class)));
					}
				}
			}
			Map<BeatWeek, Tally> uncounted = new HashMap<>();
			this.changes.entrySet().removeIf((entry) -> {
				if (counted.contains(entry.getKey())) {
					return false;
				}
				uncounted.put(entry.getKey(), entry.getValue());
				return true;
			});
			copy("COPY crime_weekly_beat_tallies (beat, week_start, district, categories, incidents) FROM STDIN",
					uncounted);
			if (this.changes.isEmpty()) {
				return false;
			}
		}
		flush();
		return true;
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
		copy("COPY crime_import_changes (beat, week_start, district, categories, incidents) FROM STDIN", this.changes);
		this.changes.clear();
		this.cells = 0;
	}

	private void copy(String sql, Map<BeatWeek, Tally> tallies) throws SQLException, IOException {
		// the rows in one buffer and one write: a small loop the JIT compiles once
		StringBuilder rows = new StringBuilder(tallies.size() * 96);
		for (Map.Entry<BeatWeek, Tally> entry : tallies.entrySet()) {
			appendRow(rows, entry.getKey(), entry.getValue());
		}
		if (rows.isEmpty()) {
			return;
		}
		byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
		PGCopyOutputStream copy = new PGCopyOutputStream(this.connection.unwrap(PGConnection.class), sql, bytes.length);
		try {
			copy.write(bytes);
			copy.endCopy();
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}

	/** Whether the import changed any counts. */
	boolean any() {
		return !this.beats.isEmpty();
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
		tally.sort();
		for (int i = 0; i < tally.size; i++) {
			if (tally.counts[i] != 0) {
				if (categories++ > 0) {
					rows.append(',');
				}
				CopyText.append(rows, quoted(tally.categories[i]));
			}
		}
		if (categories == 0) {
			rows.setLength(start);
			return;
		}
		rows.append("}\t{");
		categories = 0;
		for (int i = 0; i < tally.size; i++) {
			if (tally.counts[i] != 0) {
				if (categories++ > 0) {
					rows.append(',');
				}
				rows.append(tally.counts[i]);
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

	/** A beat and week, as a key with its hash computed once. */
	private static final class BeatWeek {

		private final String beat;

		private final LocalDate week;

		private final int hash;

		BeatWeek(String beat, LocalDate week) {
			this.beat = beat;
			this.week = week;
			this.hash = beat.hashCode() * 31 + week.hashCode();
		}

		String beat() {
			return this.beat;
		}

		LocalDate week() {
			return this.week;
		}

		@Override
		public boolean equals(Object other) {
			return (other instanceof BeatWeek that) && this.hash == that.hash && this.week.equals(that.week)
					&& this.beat.equals(that.beat);
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

	}

	/**
	 * One beat and week: its district and the change per category (a dozen categories at
	 * most in a week, so a scan finds one), sorted by category before it is written.
	 */
	private static final class Tally {

		private String district;

		private String[] categories = new String[8];

		private int[] counts = new int[8];

		private int size;

		/**
		 * @return whether the category is new to this beat and week
		 */
		boolean add(String category, int change) {
			for (int i = 0; i < this.size; i++) {
				String known = this.categories[i];
				if (known == category || known.equals(category)) {
					this.counts[i] += change;
					return false;
				}
			}
			if (this.size == this.categories.length) {
				this.categories = Arrays.copyOf(this.categories, this.size * 2);
				this.counts = Arrays.copyOf(this.counts, this.size * 2);
			}
			this.categories[this.size] = category;
			this.counts[this.size++] = change;
			return true;
		}

		void sort() {
			// insertion sort of a dozen at most, the counts moving with their categories
			for (int i = 1; i < this.size; i++) {
				String category = this.categories[i];
				int count = this.counts[i];
				int j = i - 1;
				while (j >= 0 && this.categories[j].compareTo(category) > 0) {
					this.categories[j + 1] = this.categories[j];
					this.counts[j + 1] = this.counts[j];
					j--;
				}
				this.categories[j + 1] = category;
				this.counts[j + 1] = count;
			}
		}

	}

}
