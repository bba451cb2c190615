-- Import speed (docs/decisions/0406-crime-import-third-pass.md): the week of an incident is
-- computed by the import in Java and kept only in the weekly counts, so COPY no longer
-- evaluates a stored generated column for every row; and district counts are the sum of
-- their beats' counts instead of a second table upserted by every import. An incident
-- without a known beat (none of the 130,385 in Jan-Jun 2017) is stored but not counted.
ALTER TABLE crime_incidents DROP COLUMN week_start;

DROP TABLE crime_weekly_district_counts;

CREATE VIEW crime_weekly_district_counts AS
SELECT district, week_start, category, sum(incidents)::INTEGER AS incidents
FROM crime_weekly_beat_counts
WHERE district IS NOT NULL
GROUP BY district, week_start, category;
