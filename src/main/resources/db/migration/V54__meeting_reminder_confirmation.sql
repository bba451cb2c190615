-- Email reminders are double opt-in (decision 0511): an address gets nothing but the confirmation
-- email until its holder opens the link; unconfirmed requests are deleted after a while.
alter table meeting_reminder_subscriptions
	add column confirmed_at timestamptz,
	-- SHA-256 of the confirmation link's token; the token itself is never stored here
	add column confirmation_hash bytea,
	add column confirmation_sent_at timestamptz;

-- Accounts need no confirmation; email subscriptions made before this existed keep working
-- (their reminders always carried a one-click unsubscribe).
update meeting_reminder_subscriptions set confirmed_at = created_at;

alter table meeting_reminder_subscriptions
	add constraint meeting_reminder_confirmed_or_pending
	check (confirmed_at is not null or (confirmation_hash is not null and confirmation_sent_at is not null));

create unique index meeting_reminder_confirmation on meeting_reminder_subscriptions (confirmation_hash)
	where confirmation_hash is not null;
create index meeting_reminder_unconfirmed on meeting_reminder_subscriptions (confirmation_sent_at)
	where confirmed_at is null;

-- Rate limits on reminder requests (bucket4j, shared by every node): the id is a keyed hash of
-- the client address, never the address (decision 0704)
create table meeting_reminder_buckets (
	id text primary key,
	state bytea,
	expires_at bigint
);
create index meeting_reminder_buckets_by_expiry on meeting_reminder_buckets (expires_at);
