package org.beatbridge.crime.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly counts per beat, by category (a district's are the sum of its beats'), kept
 * as one row per beat and week with the categories' counts in arrays (decision 0410). An
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
	 * Applies the import's {@code crime_import_changes} (beat, week, district, the change
	 * per category) to the counts: one upsert of a row per beat and week (district counts
	 * are the sum of their beats').
	 * @param writtenOnce the changes hold each beat and week once, as summed in memory
	 */
	void applyChanges(boolean anyUpdated, boolean writtenOnce) {
		String changes = writtenOnce ? "crime_import_changes"
				: """
						(SELECT beat, week_start, max(district) AS district, array_agg(category ORDER BY category) AS categories,
						  array_agg(change ORDER BY category) AS incidents
						FROM (
						  SELECT beat, week_start, max(district) AS district, c.category, sum(c.change)::INTEGER AS change
						  FROM crime_import_changes, unnest(categories, incidents) AS c (category, change)
						  GROUP BY beat, week_start, c.category HAVING sum(c.change) <> 0
						) AS cells
						GROUP BY beat, week_start)""";
		this.jdbc
			.sql("""
					INSERT INTO crime_weekly_beat_tallies AS t (beat, week_start, district, categories, incidents)
					SELECT beat, week_start, district, categories, incidents FROM %s AS changes
					ON CONFLICT (beat, week_start) DO UPDATE SET district = excluded.district, (categories, incidents) =
					  (SELECT * FROM crime_add_tallies(t.categories, t.incidents, excluded.categories, excluded.incidents))"""
				.formatted(changes))
			.update();
		if (anyUpdated) {
			// only an update can take a count down to zero
			this.jdbc.sql("""
					DELETE FROM crime_weekly_beat_tallies t
					WHERE cardinality(t.categories) = 0 AND (t.beat, t.week_start) IN
					  (SELECT beat, week_start FROM crime_import_changes)""").update();
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
		this.jdbc.sql("TRUNCATE crime_weekly_beat_tallies").update();
		this.jdbc.sql("""
				INSERT INTO crime_weekly_beat_tallies (beat, week_start, district, categories, incidents)
				SELECT beat, week, max(district), array_agg(category ORDER BY category), array_agg(n ORDER BY category)
				FROM (
				  SELECT assigned_beat AS beat, max(assigned_district) AS district,
				    date_trunc('week', occurred_at)::date AS week, category, count(*)::INTEGER AS n
				  FROM crime_incidents WHERE assigned_beat IS NOT NULL GROUP BY assigned_beat, week, category
				) AS cells
				GROUP BY beat, week""").update();
	}

}
