-- Problem-solving cases (SARA: scanning, analysis, response, assessment), their response
-- actions, the record of every stage change, and the suggestions officers may open a case from.

CREATE TABLE problem_cases
(
  id                    BIGSERIAL PRIMARY KEY,
  version               INTEGER NOT NULL DEFAULT 0,
  title                 TEXT NOT NULL,
  district              TEXT NOT NULL,
  beats                 TEXT[] NOT NULL,
  categories            TEXT[] NOT NULL DEFAULT '{}',
  source                TEXT NOT NULL,
  source_reference      TEXT,
  stage                 TEXT NOT NULL,
  -- scanning
  statement             TEXT NOT NULL,
  why_priority          TEXT,
  incidents_from        DATE,
  incidents_to          DATE,
  -- analysis: the problem analysis triangle and its controllers
  offender              TEXT,
  victim_target         TEXT,
  place                 TEXT,
  handler               TEXT,
  guardian              TEXT,
  manager               TEXT,
  hypotheses            TEXT,
  data_examined         TEXT,
  -- response and assessment
  response_started_on   DATE,
  assessment_weeks      INTEGER,
  before_from           DATE,
  before_to             DATE,
  before_incidents      INTEGER,
  after_from            DATE,
  after_to              DATE,
  after_incidents       INTEGER,
  residents_assessment  TEXT,
  outcome               TEXT,
  opened_by             BIGINT,
  opened_at             TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  closed_at             TIMESTAMP WITH TIME ZONE
);

CREATE INDEX problem_cases_by_beat ON problem_cases USING GIN (beats);
CREATE INDEX problem_cases_by_district ON problem_cases (district, stage);

CREATE TABLE problem_case_actions
(
  id               BIGSERIAL PRIMARY KEY,
  case_id          BIGINT NOT NULL REFERENCES problem_cases (id) ON DELETE CASCADE,
  description      TEXT NOT NULL,
  owner_type       TEXT NOT NULL,
  owner_role       TEXT NOT NULL,
  owner_name       TEXT,
  -- only shown on public pages when the person agreed
  owner_name_public BOOLEAN NOT NULL DEFAULT FALSE,
  service_request  TEXT,
  due_on           DATE NOT NULL,
  status           TEXT NOT NULL
);

CREATE INDEX problem_case_actions_by_case ON problem_case_actions (case_id);

CREATE TABLE problem_case_stage_changes
(
  id            BIGSERIAL PRIMARY KEY,
  case_id       BIGINT NOT NULL REFERENCES problem_cases (id) ON DELETE CASCADE,
  from_stage    TEXT,
  to_stage      TEXT NOT NULL,
  changed_by    BIGINT,
  changed_by_name TEXT NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  reason        TEXT NOT NULL
);

CREATE INDEX problem_case_stage_changes_by_case ON problem_case_stage_changes (case_id, changed_at);

-- What might deserve a case (an uptick, a meeting priority, a cluster of concerns): offered to
-- officers, never opened on its own
CREATE TABLE problem_suggestions
(
  id            BIGSERIAL PRIMARY KEY,
  source        TEXT NOT NULL,
  source_reference TEXT NOT NULL,
  district      TEXT NOT NULL,
  beats         TEXT[] NOT NULL,
  category      TEXT,
  title         TEXT NOT NULL,
  detail        TEXT,
  suggested_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  status        TEXT NOT NULL DEFAULT 'OPEN',
  case_id       BIGINT REFERENCES problem_cases (id) ON DELETE SET NULL,
  UNIQUE (source, source_reference)
);

CREATE INDEX problem_suggestions_open ON problem_suggestions (district, status);
