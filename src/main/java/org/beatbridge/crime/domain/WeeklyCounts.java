package org.beatbridge.crime.domain;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The weekly counts per beat and per district, by category. After an import only the
 * weeks it touched are counted again, from the incidents themselves, so the counts cannot
 * drift.
 */
@Component
public class WeeklyCounts {

	private final JdbcClient jdbc;

	WeeklyCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts again the beat-weeks and district-weeks listed in the import's
	 * {@code crime_import_touched} table.
	 * @return the beats whose counts changed
	 */
	List<String> recountTouched() {
		this.jdbc.sql("""
				DELETE FROM crime_weekly_beat_counts c
				USING (SELECT DISTINCT beat, week_start FROM crime_import_touched WHERE beat IS NOT NULL) t
				WHERE c.beat = t.beat AND c.week_start = t.week_start""").update();
		this.jdbc.sql("""
				INSERT INTO crime_weekly_beat_counts (beat, district, week_start, category, incidents)
				SELECT i.assigned_beat, max(i.assigned_district), i.week_start, i.category, count(*)
				FROM crime_incidents i
				JOIN (SELECT DISTINCT beat, week_start FROM crime_import_touched WHERE beat IS NOT NULL) t
				  ON i.week_start = t.week_start AND i.assigned_beat = t.beat
				GROUP BY i.assigned_beat, i.week_start, i.category""").update();
		this.jdbc.sql("""
				DELETE FROM crime_weekly_district_counts c
				USING (SELECT DISTINCT district, week_start FROM crime_import_touched WHERE district IS NOT NULL) t
				WHERE c.district = t.district AND c.week_start = t.week_start""").update();
		this.jdbc.sql("""
				INSERT INTO crime_weekly_district_counts (district, week_start, category, incidents)
				SELECT i.assigned_district, i.week_start, i.category, count(*)
				FROM crime_incidents i
				JOIN (SELECT DISTINCT district, week_start FROM crime_import_touched WHERE district IS NOT NULL) t
				  ON i.week_start = t.week_start AND i.assigned_district = t.district
				GROUP BY i.assigned_district, i.week_start, i.category""").update();
		return this.jdbc.sql("SELECT DISTINCT beat FROM crime_import_touched WHERE beat IS NOT NULL ORDER BY beat")
			.query(String.class)
			.list();
	}

}
