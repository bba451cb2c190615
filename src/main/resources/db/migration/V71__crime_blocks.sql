-- Blocks of imported crime incidents with their mean point: how a typed block address
-- ("1800 W Fargo Ave") becomes a point without a geocoder (decision 0701). Rebuilt from
-- crime_incidents by a job when that table changed, so the import stays as fast as it was.
CREATE TABLE crime_blocks
(
  block      TEXT PRIMARY KEY,
  street     TEXT NOT NULL,
  hundred    INTEGER NOT NULL,
  latitude   DOUBLE PRECISION NOT NULL,
  longitude  DOUBLE PRECISION NOT NULL,
  incidents  INTEGER NOT NULL
);

CREATE INDEX crime_blocks_by_street ON crime_blocks (street, hundred);
CREATE INDEX crime_blocks_by_latitude ON crime_blocks (latitude);

CREATE TABLE crime_blocks_state
(
  id            INTEGER PRIMARY KEY CHECK (id = 1),
  fingerprint   BIGINT NOT NULL,
  rebuilt_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
