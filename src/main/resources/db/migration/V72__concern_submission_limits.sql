-- Rate limits on reporting (decision 0704): token buckets shared by every node (bucket4j).
-- The id is a keyed hash of the client address (or "account:<id>"), never the address;
-- a row expires once its bucket is full again and a job deletes it.
CREATE TABLE concern_submission_buckets
(
  id         TEXT PRIMARY KEY,
  state      BYTEA,
  expires_at BIGINT
);

CREATE INDEX concern_submission_buckets_by_expiry ON concern_submission_buckets (expires_at);
