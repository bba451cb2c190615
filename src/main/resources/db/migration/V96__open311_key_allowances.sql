-- Per-key submission allowances (decision 0760) replace V90's bucket4j buckets: the allowance is
-- counted by one upsert in the report's own transaction, so a refused or invalid report counts
-- nothing and every node counts against the same row. Tokens refill continuously (capacity per
-- hour); a row whose allowance is full again is deleted by a job.
DROP TABLE open311_key_buckets;

CREATE TABLE open311_key_allowances
(
  key_id      BIGINT PRIMARY KEY REFERENCES open311_api_keys (id),
  capacity    INTEGER          NOT NULL CHECK (capacity > 0),
  tokens      DOUBLE PRECISION NOT NULL,
  refilled_at TIMESTAMPTZ      NOT NULL
);
