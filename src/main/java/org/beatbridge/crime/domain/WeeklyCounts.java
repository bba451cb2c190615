package org.beatbridge.crime.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly counts per beat and per district, by category. An import adds the incidents
 * it inserted and moves the ones it updated (minus the old version, plus the new one, see
 * {@link WeeklyChanges}), so only the weeks it touched change and no incident is read
 * again; here they are counted again from scratch.
 */
@Component
public class WeeklyCounts {

	private final JdbcClient jdbc;

	WeeklyCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
		this.jdbc.sql("TRUNCATE crime_weekly_beat_counts, crime_weekly_district_counts").update();
		this.jdbc.sql("""
				INSERT INTO crime_weekly_beat_counts (beat, district, week_start, category, incidents)
				SELECT assigned_beat, max(assigned_district), week_start, category, count(*) FROM crime_incidents
				WHERE assigned_beat IS NOT NULL GROUP BY assigned_beat, week_start, category""").update();
		this.jdbc.sql("""
				INSERT INTO crime_weekly_district_counts (district, week_start, category, incidents)
				SELECT assigned_district, week_start, category, count(*) FROM crime_incidents
				WHERE assigned_district IS NOT NULL GROUP BY assigned_district, week_start, category""").update();
	}

}
