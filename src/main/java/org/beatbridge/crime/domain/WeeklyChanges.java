package org.beatbridge.crime.domain;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What an import changes in the weekly counts (beat, district, week, category: plus or
 * minus), summed in memory and added to the counts with one upsert per table whenever it
 * grows large and at the end, so memory stays bounded whatever span of years a file
 * covers. Only an update can take a count down to zero; such counts are deleted.
 */
final class WeeklyChanges {

	private static final int FLUSH_AT = 50_000;

	private static final String BEAT_UPSERT = """
			INSERT INTO crime_weekly_beat_counts AS counts (beat, district, week_start, category, incidents)
			SELECT * FROM unnest(?::text[], ?::text[], ?::date[], ?::text[], ?::integer[])
			ON CONFLICT (beat, week_start, category)
			DO UPDATE SET incidents = counts.incidents + excluded.incidents, district = excluded.district""";

	private static final String DISTRICT_UPSERT = """
			INSERT INTO crime_weekly_district_counts AS counts (district, week_start, category, incidents)
			SELECT * FROM unnest(?::text[], ?::date[], ?::text[], ?::integer[])
			ON CONFLICT (district, week_start, category)
			DO UPDATE SET incidents = counts.incidents + excluded.incidents""";

	private static final String BEAT_EMPTIES = """
			DELETE FROM crime_weekly_beat_counts c
			USING unnest(?::text[], ?::date[], ?::text[]) AS t(beat, week_start, category)
			WHERE c.beat = t.beat AND c.week_start = t.week_start AND c.category = t.category AND c.incidents = 0""";

	private static final String DISTRICT_EMPTIES = """
			DELETE FROM crime_weekly_district_counts c
			USING unnest(?::text[], ?::date[], ?::text[]) AS t(district, week_start, category)
			WHERE c.district = t.district AND c.week_start = t.week_start AND c.category = t.category
			AND c.incidents = 0""";

	private final Map<Key, int[]> changes = new HashMap<>();

	private final TreeSet<String> changedBeats = new TreeSet<>();

	private final Connection connection;

	WeeklyChanges(Connection connection) {
		this.connection = connection;
	}

	void add(String beat, String district, LocalDate week, String category, int change) throws SQLException {
		this.changes.computeIfAbsent(new Key(beat, district, week, category), (key) -> new int[1])[0] += change;
		if (this.changes.size() >= FLUSH_AT) {
			flush();
		}
	}

	/** The beats whose counts changed, once everything is flushed. */
	List<String> changedBeats() {
		return new ArrayList<>(this.changedBeats);
	}

	void flush() throws SQLException {
		// the district of a beat cannot change within an import, but a cell must not be
		// upserted twice in one statement whatever happens
		Map<Key, Object[]> byBeat = new HashMap<>();
		Map<Key, Object[]> byDistrict = new HashMap<>();
		for (Map.Entry<Key, int[]> entry : this.changes.entrySet()) {
			Key key = entry.getKey();
			int change = entry.getValue()[0];
			if (change == 0) {
				continue;
			}
			String week = key.week().toString();
			if (key.beat() != null) {
				Object[] row = byBeat.computeIfAbsent(new Key(key.beat(), null, key.week(), key.category()),
						(cell) -> new Object[] { key.beat(), key.district(), week, key.category(), 0 });
				row[4] = (Integer) row[4] + change;
			}
			if (key.district() != null) {
				Object[] row = byDistrict.computeIfAbsent(new Key(null, key.district(), key.week(), key.category()),
						(cell) -> new Object[] { key.district(), week, key.category(), 0 });
				row[3] = (Integer) row[3] + change;
			}
		}
		boolean anyDecrease = false;
		List<Object[]> beatRows = new ArrayList<>(byBeat.size());
		for (Object[] row : byBeat.values()) {
			int change = (Integer) row[4];
			if (change != 0) {
				beatRows.add(row);
				this.changedBeats.add((String) row[0]);
				anyDecrease |= change < 0;
			}
		}
		List<Object[]> districtRows = new ArrayList<>(byDistrict.size());
		for (Object[] row : byDistrict.values()) {
			int change = (Integer) row[3];
			if (change != 0) {
				districtRows.add(row);
				anyDecrease |= change < 0;
			}
		}
		write(BEAT_UPSERT, beatRows, "text", "text", "date", "text", "integer");
		write(DISTRICT_UPSERT, districtRows, "text", "date", "text", "integer");
		if (anyDecrease) {
			List<Object[]> beatCells = new ArrayList<>(beatRows.size());
			beatRows.forEach((row) -> beatCells.add(new Object[] { row[0], row[2], row[3] }));
			write(BEAT_EMPTIES, beatCells, "text", "date", "text");
			List<Object[]> districtCells = new ArrayList<>(districtRows.size());
			districtRows.forEach((row) -> districtCells.add(new Object[] { row[0], row[1], row[2] }));
			write(DISTRICT_EMPTIES, districtCells, "text", "date", "text");
		}
		this.changes.clear();
	}

	/** Runs one statement over the rows, passed column by column as arrays. */
	private void write(String sql, List<Object[]> rows, String... types) throws SQLException {
		if (rows.isEmpty()) {
			return;
		}
		Array[] columns = new Array[types.length];
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			for (int column = 0; column < types.length; column++) {
				Object[] values = new Object[rows.size()];
				for (int i = 0; i < values.length; i++) {
					values[i] = rows.get(i)[column];
				}
				columns[column] = this.connection.createArrayOf(types[column], values);
				statement.setArray(column + 1, columns[column]);
			}
			statement.executeUpdate();
		}
		finally {
			for (Array array : columns) {
				if (array != null) {
					array.free();
				}
			}
		}
	}

	private record Key(String beat, String district, LocalDate week, String category) {

	}

}
