-- Crime incidents as published by the Chicago Data Portal ("Crimes - 2001 to Present",
-- ijzp-q8t2): the portal's 22 columns with their types, plus what BeatBridge derives on
-- import (the beat and district we count the incident in, its concern category, its week).
-- Date and Updated On are the portal's local Chicago wall-clock times, kept as published.

CREATE TABLE crime_incidents
(
  id                    BIGINT PRIMARY KEY,
  case_number           TEXT,
  occurred_at           TIMESTAMP NOT NULL,
  block                 TEXT,
  iucr                  TEXT,
  primary_type          TEXT,
  description           TEXT,
  location_description  TEXT,
  arrest                BOOLEAN,
  domestic              BOOLEAN,
  beat                  TEXT,
  district              TEXT,
  ward                  SMALLINT,
  community_area        SMALLINT,
  fbi_code              TEXT,
  x_coordinate          INTEGER,
  y_coordinate          INTEGER,
  year                  SMALLINT,
  updated_on            TIMESTAMP NOT NULL,
  latitude              DOUBLE PRECISION,
  longitude             DOUBLE PRECISION,
  location              TEXT,
  -- derived on import
  assigned_beat         TEXT,
  assigned_district     TEXT,
  category              TEXT NOT NULL,
  week_start            DATE GENERATED ALWAYS AS (date_trunc('week', occurred_at)::date) STORED
);

-- IUCR code to BeatBridge concern category, in one table a coordinator can edit: a rule with
-- an IUCR code wins over the rule of its primary type (iucr = ''); anything else is 'other'.
CREATE TABLE crime_category_rules
(
  primary_type TEXT NOT NULL,
  iucr         TEXT NOT NULL DEFAULT '',
  category     TEXT NOT NULL,
  PRIMARY KEY (primary_type, iucr)
);

INSERT INTO crime_category_rules (primary_type, category) VALUES
  ('ARSON', 'arson'),
  ('ASSAULT', 'assault'),
  ('BATTERY', 'assault'),
  ('BURGLARY', 'burglary'),
  ('CONCEALED CARRY LICENSE VIOLATION', 'weapons'),
  ('CRIM SEXUAL ASSAULT', 'sexual-assault'),
  ('CRIMINAL SEXUAL ASSAULT', 'sexual-assault'),
  ('CRIMINAL DAMAGE', 'vandalism'),
  ('CRIMINAL TRESPASS', 'trespassing'),
  ('DECEPTIVE PRACTICE', 'fraud'),
  ('GAMBLING', 'gambling'),
  ('HOMICIDE', 'homicide'),
  ('HUMAN TRAFFICKING', 'human-trafficking'),
  ('INTERFERENCE WITH PUBLIC OFFICER', 'other'),
  ('INTIMIDATION', 'harassment'),
  ('KIDNAPPING', 'kidnapping'),
  ('LIQUOR LAW VIOLATION', 'liquor'),
  ('MOTOR VEHICLE THEFT', 'vehicle-theft'),
  ('NARCOTICS', 'drug-possession'),
  ('OTHER NARCOTIC VIOLATION', 'drug-possession'),
  ('NON-CRIMINAL', 'other'),
  ('NON - CRIMINAL', 'other'),
  ('NON-CRIMINAL (SUBJECT SPECIFIED)', 'other'),
  ('OBSCENITY', 'sex-offense'),
  ('OFFENSE INVOLVING CHILDREN', 'offense-involving-children'),
  ('OTHER OFFENSE', 'other'),
  ('PROSTITUTION', 'prostitution'),
  ('PUBLIC INDECENCY', 'sex-offense'),
  ('PUBLIC PEACE VIOLATION', 'disorder'),
  ('ROBBERY', 'robbery'),
  ('SEX OFFENSE', 'sex-offense'),
  ('STALKING', 'harassment'),
  ('THEFT', 'theft'),
  ('WEAPONS VIOLATION', 'weapons');

-- Dealing, not possession, is what residents bring to a beat meeting as a drug market
INSERT INTO crime_category_rules (primary_type, iucr, category) VALUES
  ('NARCOTICS', '1821', 'drug-sales'),
  ('NARCOTICS', '1822', 'drug-sales'),
  ('NARCOTICS', '1840', 'drug-sales'),
  ('NARCOTICS', '2010', 'drug-sales'),
  ('NARCOTICS', '2011', 'drug-sales'),
  ('NARCOTICS', '2012', 'drug-sales'),
  ('NARCOTICS', '2013', 'drug-sales'),
  ('NARCOTICS', '2014', 'drug-sales'),
  ('NARCOTICS', '2015', 'drug-sales'),
  ('NARCOTICS', '2016', 'drug-sales'),
  ('NARCOTICS', '2017', 'drug-sales'),
  ('NARCOTICS', '2018', 'drug-sales'),
  ('NARCOTICS', '2019', 'drug-sales'),
  ('NARCOTICS', '2030', 'drug-sales'),
  ('NARCOTICS', '2032', 'drug-sales'),
  ('NARCOTICS', '2033', 'drug-sales'),
  ('NARCOTICS', '2050', 'drug-sales'),
  ('NARCOTICS', '2070', 'drug-sales'),
  ('NARCOTICS', '2092', 'drug-sales'),
  ('NARCOTICS', '2160', 'drug-sales');

-- Weekly counts kept up to date by each import (only the beats and weeks it touched); the
-- incidents table has no other index than its key, so that imports stay fast
CREATE TABLE crime_weekly_beat_counts
(
  beat       TEXT NOT NULL,
  district   TEXT,
  week_start DATE NOT NULL,
  category   TEXT NOT NULL,
  incidents  INTEGER NOT NULL,
  PRIMARY KEY (beat, week_start, category)
);

CREATE TABLE crime_weekly_district_counts
(
  district   TEXT NOT NULL,
  week_start DATE NOT NULL,
  category   TEXT NOT NULL,
  incidents  INTEGER NOT NULL,
  PRIMARY KEY (district, week_start, category)
);

-- Current upticks: runs of weeks in which a beat's count of a category is significantly above
-- that beat's own baseline (method in docs/decisions/0402-uptick-detection.md)
CREATE TABLE crime_upticks
(
  beat          TEXT NOT NULL,
  district      TEXT,
  category      TEXT NOT NULL,
  first_week    DATE NOT NULL,
  last_week     DATE NOT NULL,
  observed      INTEGER NOT NULL,
  expected      DOUBLE PRECISION NOT NULL,
  p_value       DOUBLE PRECISION NOT NULL,
  detected_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  PRIMARY KEY (beat, category, first_week)
);

CREATE INDEX crime_upticks_by_district ON crime_upticks (district, last_week);
