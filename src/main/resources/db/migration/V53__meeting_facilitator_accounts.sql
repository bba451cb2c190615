-- Facilitators designated by account (decision 0510): the resident beat facilitator's and the beat
-- officer's accounts may prepare and run that meeting. The public page still shows only the
-- name typed in `facilitator` and the officer's star number, never the account.
alter table meetings
	add column facilitator_account_id bigint references accounts (id) on delete set null,
	add column officer_account_id bigint references accounts (id) on delete set null;

create index meetings_facilitator_account on meetings (facilitator_account_id) where facilitator_account_id is not null;
create index meetings_officer_account on meetings (officer_account_id) where officer_account_id is not null;
