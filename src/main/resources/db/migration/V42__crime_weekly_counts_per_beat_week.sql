-- Import speed (docs/decisions/0410-crime-import-fourth-pass.md): one row per beat and week
-- with the category counts in two parallel arrays, instead of one row per beat, week and
-- category. A month of incidents touches about 1,400 beat-weeks against 16,000 cells, so an
-- import upserts a tenth of the rows. crime_weekly_beat_counts becomes a view with the
-- columns the table had, so every query reading it stays as it was.
CREATE TABLE crime_weekly_beat_tallies
(
  beat        TEXT NOT NULL,
  week_start  DATE NOT NULL,
  district    TEXT,
  -- in category order; never a zero count, and a beat-week without incidents has no row
  categories  TEXT[] NOT NULL,
  incidents   INTEGER[] NOT NULL,
  PRIMARY KEY (beat, week_start)
);

INSERT INTO crime_weekly_beat_tallies (beat, week_start, district, categories, incidents)
SELECT beat, week_start, max(district), array_agg(category ORDER BY category), array_agg(incidents ORDER BY category)
FROM crime_weekly_beat_counts
WHERE incidents <> 0
GROUP BY beat, week_start;

DROP VIEW crime_weekly_district_counts;

DROP TABLE crime_weekly_beat_counts;

CREATE VIEW crime_weekly_beat_counts AS
SELECT t.beat, t.district, t.week_start, c.category, c.incidents
FROM crime_weekly_beat_tallies t
CROSS JOIN LATERAL unnest(t.categories, t.incidents) AS c (category, incidents);

CREATE VIEW crime_weekly_district_counts AS
SELECT district, week_start, category, sum(incidents)::INTEGER AS incidents
FROM crime_weekly_beat_counts
WHERE district IS NOT NULL
GROUP BY district, week_start, category;

-- Adds an import's changes to a beat-week's counts: categories in order, zeros dropped
CREATE FUNCTION crime_add_tallies(tallied_categories TEXT[], tallied_incidents INTEGER[],
  added_categories TEXT[], added_incidents INTEGER[], OUT categories TEXT[], OUT incidents INTEGER[])
LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(array_agg(category ORDER BY category), '{}'), coalesce(array_agg(total ORDER BY category), '{}')
  FROM (
    SELECT category, sum(change)::INTEGER AS total
    FROM (
      SELECT * FROM unnest(tallied_categories, tallied_incidents)
      UNION ALL
      SELECT * FROM unnest(added_categories, added_incidents)
    ) AS changes (category, change)
    GROUP BY category
    HAVING sum(change) <> 0
  ) AS totals
$$;
