-- Residents' concerns behind a problem case (issue 6, scanning): linked by an officer from
-- the case or when the case is opened from a cluster of similar concerns. The concern id
-- refers to the concerns module; problems reads concerns only through its public API.
CREATE TABLE problem_case_concerns
(
  case_id    BIGINT NOT NULL REFERENCES problem_cases (id),
  concern_id BIGINT NOT NULL,
  linked_by  BIGINT,
  linked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (case_id, concern_id)
);

CREATE INDEX problem_case_concerns_by_concern ON problem_case_concerns (concern_id);
