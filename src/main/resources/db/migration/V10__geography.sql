-- The city's police districts, sectors, beats and community areas. Geometry is WGS84
-- longitude/latitude as WKB (no PostGIS: the application computes with JTS). The rows are
-- replaced as a whole by each boundary import; geo_boundary_version changes with each import
-- so every node refreshes its in-memory locator.

CREATE TABLE geo_district (
  number   TEXT PRIMARY KEY,
  label    TEXT  NOT NULL,
  geometry BYTEA NOT NULL
);

CREATE TABLE geo_sector (
  number   TEXT PRIMARY KEY,
  district TEXT NOT NULL REFERENCES geo_district (number)
);

CREATE TABLE geo_beat (
  number          TEXT PRIMARY KEY,
  district        TEXT   NOT NULL REFERENCES geo_district (number),
  sector          TEXT   NOT NULL REFERENCES geo_sector (number),
  geometry        BYTEA  NOT NULL,
  neighbours      TEXT[] NOT NULL,
  community_areas TEXT[] NOT NULL
);

CREATE INDEX geo_beat_district_idx ON geo_beat (district);

CREATE TABLE geo_community_area (
  number   INT PRIMARY KEY,
  name     TEXT  NOT NULL,
  geometry BYTEA NOT NULL
);

CREATE TABLE geo_boundary_version (
  id          INT PRIMARY KEY CHECK (id = 1),
  version     BIGINT      NOT NULL,
  imported_at TIMESTAMPTZ NOT NULL,
  source      TEXT        NOT NULL
);

INSERT INTO geo_boundary_version (id, version, imported_at, source) VALUES (1, 0, now(), 'none');
