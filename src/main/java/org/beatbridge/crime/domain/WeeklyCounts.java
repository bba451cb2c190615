package org.beatbridge.crime.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly counts per beat, by category (a district's are the sum of its beats'). An
 * import adds the incidents it inserted and moves the ones it updated (minus the old
 * version, plus the new one), so only the weeks it touched change and no incident is read
 * again.
 */
@Component
public class WeeklyCounts {

	private final JdbcClient jdbc;

	WeeklyCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Applies the import's {@code crime_import_changes} (beat, district, week, category,
	 * change) to the counts: one upsert, since district counts are the sum of their
	 * beats'.
	 */
	void applyChanges(boolean anyUpdated) {
		this.jdbc.sql("""
				INSERT INTO crime_weekly_beat_counts AS counts (beat, district, week_start, category, incidents)
				SELECT beat, max(district), week_start, category, sum(change) FROM crime_import_changes
				WHERE beat IS NOT NULL GROUP BY beat, week_start, category HAVING sum(change) <> 0
				ON CONFLICT (beat, week_start, category)
				DO UPDATE SET incidents = counts.incidents + excluded.incidents, district = excluded.district""")
			.update();
		if (anyUpdated) {
			// only an update can take a count down to zero
			this.jdbc.sql("""
					DELETE FROM crime_weekly_beat_counts c USING crime_import_changes t
					WHERE c.beat = t.beat AND c.week_start = t.week_start AND c.category = t.category
					AND c.incidents = 0""").update();
		}
	}

	/**
	 * Applies the category rules again to every incident (after a coordinator edited
	 * them) and counts everything again.
	 */
	@Transactional
	public void reapplyCategoryRules() {
		this.jdbc
			.sql("""
					UPDATE crime_incidents i SET category = coalesce(
					  (SELECT r.category FROM crime_category_rules r WHERE r.primary_type = i.primary_type AND r.iucr = i.iucr),
					  (SELECT r.category FROM crime_category_rules r WHERE r.primary_type = i.primary_type AND r.iucr = ''),
					  'other')""")
			.update();
		recountAll();
	}

	/**
	 * Counts everything again from the incidents: after editing the category rules, or to
	 * check the incremental counts.
	 */
	@Transactional
	public void recountAll() {
		this.jdbc.sql("TRUNCATE crime_weekly_beat_counts").update();
		this.jdbc.sql("""
				INSERT INTO crime_weekly_beat_counts (beat, district, week_start, category, incidents)
				SELECT assigned_beat, max(assigned_district), date_trunc('week', occurred_at)::date AS week, category,
				  count(*)
				FROM crime_incidents WHERE assigned_beat IS NOT NULL GROUP BY assigned_beat, week, category""")
			.update();
	}

}
