-- Open311 API keys (decision 0751): only the SHA-256 of a key is stored; the key itself is
-- shown once when issued. A revoked key stays listed (who had it, when it ended).
CREATE TABLE open311_api_keys
(
  id                   BIGSERIAL PRIMARY KEY,
  name                 TEXT        NOT NULL,
  owner                TEXT        NOT NULL,
  key_hash             BYTEA       NOT NULL UNIQUE,
  key_prefix           TEXT        NOT NULL,
  submissions_per_hour INTEGER     NOT NULL CHECK (submissions_per_hour > 0),
  issued_by            TEXT        NOT NULL,
  issued_at            TIMESTAMPTZ NOT NULL,
  revoked_at           TIMESTAMPTZ,
  revoked_by           TEXT
);

-- Per-key submission limits (bucket4j token buckets shared by every node), as for web
-- reports (decision 0704); a row expires once its bucket is full again.
CREATE TABLE open311_key_buckets
(
  id         TEXT PRIMARY KEY,
  state      BYTEA,
  expires_at BIGINT
);

CREATE INDEX open311_key_buckets_by_expiry ON open311_key_buckets (expires_at);
