-- One "me too" per client address and concern for a while (decision 0707). The hash is a
-- keyed hash of the concern id and the client's address (IPv6 by its /64), so it can be
-- matched for this concern only and is useless for any other; a job deletes expired rows.
CREATE TABLE concern_support_clients
(
  concern_id  BIGINT NOT NULL REFERENCES concerns (id) ON DELETE CASCADE,
  client_hash BYTEA NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (concern_id, client_hash)
);

CREATE INDEX concern_support_clients_by_expiry ON concern_support_clients (expires_at);
