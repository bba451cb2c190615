-- Notifications (decisions 0800-0803): one row per notice. Account holders read it in their
-- inbox; the email columns make it an outbox the delivery job works through after the
-- sender's transaction committed.
CREATE TABLE notices
(
  id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id         BIGINT REFERENCES accounts (id) ON DELETE CASCADE,
  topic              VARCHAR(100) NOT NULL CHECK (topic ~ '^[a-z0-9:_-]+$'),
  subject            VARCHAR(200) NOT NULL,
  -- body and link are erased (NULL) once an email to an anonymous resident is done
  body               TEXT CHECK (length(body) <= 10000),
  link               VARCHAR(500),
  language           VARCHAR(35)  NOT NULL,
  created_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
  read_at            TIMESTAMPTZ,
  -- a bare address (anonymous resident, or an address other than the account's); erased after delivery
  -- when there is no account
  email_address      VARCHAR(254),
  email_state        VARCHAR(12)  NOT NULL CHECK (email_state IN ('QUEUED', 'SENT', 'UNSUBSCRIBED', 'NO_ADDRESS', 'FAILED', 'EXPIRED')),
  email_attempts     INT          NOT NULL DEFAULT 0,
  email_due_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
  email_sent_at      TIMESTAMPTZ,
  email_error        VARCHAR(300),
  -- SHA-256 of the lower-case address the email went to, and of the unsubscribe token in it
  address_hash       BYTEA,
  unsubscribe_hash   BYTEA UNIQUE
);
CREATE INDEX notices_inbox ON notices (account_id, id DESC) WHERE account_id IS NOT NULL;
CREATE INDEX notices_unread ON notices (account_id) WHERE account_id IS NOT NULL AND read_at IS NULL;
CREATE INDEX notices_email_due ON notices (email_due_at) WHERE email_state = 'QUEUED';

-- "No more emails about this topic" (topic '*': no emails at all) for an address, kept as its hash.
CREATE TABLE email_unsubscribes
(
  address_hash BYTEA        NOT NULL,
  topic        VARCHAR(100) NOT NULL,
  created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
  PRIMARY KEY (address_hash, topic)
);
