-- Imports started over the API (decision 0451): kept in the database so that any node can
-- answer a poll, whichever node received the upload and runs it.
CREATE TABLE crime_import_jobs
(
  id               UUID PRIMARY KEY,
  status           TEXT        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
  requested_by     TEXT        NOT NULL,
  bytes_received   BIGINT      NOT NULL,
  rows_read        BIGINT      NOT NULL DEFAULT 0,
  bytes_read       BIGINT      NOT NULL DEFAULT 0,
  created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
  started_at       TIMESTAMPTZ,
  finished_at      TIMESTAMPTZ,
  -- the running node touches this at least every few seconds; a job whose heartbeat stops
  -- was interrupted (the node died) and is reported as failed
  heartbeat_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  inserted         BIGINT,
  updated          BIGINT,
  unchanged        BIGINT,
  rejected_count   BIGINT,
  upticks_detected INT,
  took_ms          BIGINT,
  error            TEXT
);

CREATE INDEX crime_import_jobs_created ON crime_import_jobs (created_at);

-- The first rejected rows of a job (the summary keeps a bounded number of them)
CREATE TABLE crime_import_job_rejections
(
  job_id UUID   NOT NULL REFERENCES crime_import_jobs (id) ON DELETE CASCADE,
  line   BIGINT NOT NULL,
  reason TEXT   NOT NULL,
  PRIMARY KEY (job_id, line)
);
