-- Triage of concerns by officers and supervisors (issue 3): internal notes, assignments,
-- merges of duplicates, referrals to city services and every view of a reporter's contact
-- details. Nothing here is ever shown to the public except "merged into #N".

-- Notes staff keep for each other; never public
CREATE TABLE concern_notes
(
  id                BIGSERIAL PRIMARY KEY,
  concern_id        BIGINT NOT NULL REFERENCES concerns (id),
  body              TEXT NOT NULL,
  author_account_id BIGINT NOT NULL,
  author_role       TEXT NOT NULL,
  at                TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX concern_notes_by_concern ON concern_notes (concern_id, at);

-- Who works on a concern: the latest row is the current assignment (officer null = unassigned)
CREATE TABLE concern_assignments
(
  id                 BIGSERIAL PRIMARY KEY,
  concern_id         BIGINT NOT NULL REFERENCES concerns (id),
  officer_account_id BIGINT,
  actor_account_id   BIGINT NOT NULL,
  actor_role         TEXT NOT NULL,
  at                 TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX concern_assignments_by_concern ON concern_assignments (concern_id, id DESC);

-- A concern marked a duplicate of another; its supporters and reporter follow the surviving one.
-- A merge is final; merging the surviving concern later moves its duplicates along.
CREATE TABLE concern_merges
(
  duplicate_id     BIGINT PRIMARY KEY REFERENCES concerns (id),
  surviving_id     BIGINT NOT NULL REFERENCES concerns (id),
  actor_account_id BIGINT NOT NULL,
  actor_role       TEXT NOT NULL,
  at               TIMESTAMP WITH TIME ZONE NOT NULL,
  CHECK (duplicate_id <> surviving_id)
);

CREATE INDEX concern_merges_by_surviving ON concern_merges (surviving_id);

-- Hand-overs to a city service, with its 311 service request number when there is one
CREATE TABLE concern_referrals
(
  id               BIGSERIAL PRIMARY KEY,
  concern_id       BIGINT NOT NULL REFERENCES concerns (id),
  service          TEXT NOT NULL,
  reference        TEXT,
  actor_account_id BIGINT NOT NULL,
  actor_role       TEXT NOT NULL,
  at               TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX concern_referrals_by_concern ON concern_referrals (concern_id, at);

-- Every time a staff member was shown a reporter's contact details (privacy rule: recorded access)
CREATE TABLE concern_contact_views
(
  id          BIGSERIAL PRIMARY KEY,
  concern_id  BIGINT NOT NULL REFERENCES concerns (id),
  account_id  BIGINT NOT NULL,
  role        TEXT NOT NULL,
  channel     TEXT NOT NULL CHECK (channel IN ('WEB', 'API')),
  at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX concern_contact_views_by_concern ON concern_contact_views (concern_id, at);
CREATE INDEX concern_contact_views_by_account ON concern_contact_views (account_id, at);
