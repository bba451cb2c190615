-- Accounts of residents and staff. Usernames and emails are unique ignoring case.
CREATE TABLE accounts
(
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username      VARCHAR(100) NOT NULL,
  email         VARCHAR(254),
  display_name  VARCHAR(100) NOT NULL,
  password_hash VARCHAR(200) NOT NULL,
  enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
  star_number   VARCHAR(10),
  district      SMALLINT CHECK (district BETWEEN 1 AND 31),
  created_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX accounts_username_uk ON accounts (lower(username));
CREATE UNIQUE INDEX accounts_email_uk ON accounts (lower(email)) WHERE email IS NOT NULL;

CREATE TABLE account_roles
(
  account_id BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  role       VARCHAR(20) NOT NULL CHECK (role IN ('RESIDENT', 'OFFICER', 'SUPERVISOR', 'COORDINATOR', 'ADMIN')),
  PRIMARY KEY (account_id, role)
);
CREATE INDEX account_roles_by_role ON account_roles (role);

-- The beats an officer is assigned to (4-digit beat numbers such as 1713).
CREATE TABLE officer_beats
(
  account_id BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  beat       CHAR(4) NOT NULL CHECK (beat ~ '^[0-9]{4}$'),
  PRIMARY KEY (account_id, beat)
);
CREATE INDEX officer_beats_by_beat ON officer_beats (beat);
