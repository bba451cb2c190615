-- Failed sign-ins per (lower-case) username, shared by every node.
CREATE TABLE login_throttle
(
  login_key       VARCHAR(254) PRIMARY KEY,
  failures        INT          NOT NULL,
  last_failure_at TIMESTAMPTZ  NOT NULL,
  locked_until    TIMESTAMPTZ
);

-- Bearer tokens of the JSON API: only the SHA-256 hash of each token is stored.
CREATE TABLE api_tokens
(
  id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  token_hash BYTEA       NOT NULL UNIQUE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  expires_at TIMESTAMPTZ NOT NULL,
  revoked_at TIMESTAMPTZ
);
CREATE INDEX api_tokens_by_account ON api_tokens (account_id);
