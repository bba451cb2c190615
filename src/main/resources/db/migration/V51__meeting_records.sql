-- Who runs a meeting (decision 0504): the resident beat facilitator by name, the beat officer by star
alter table meetings add column facilitator text, add column officer_star text;

-- A resident asks for interpretation into a language at one occurrence
create table interpretation_requests (
	meeting_id uuid not null references meetings (id) on delete cascade,
	original_start timestamptz not null,
	language text not null,
	account_id bigint not null,
	created_at timestamptz not null default now(),
	primary key (meeting_id, original_start, language, account_id)
);

-- What happened at one occurrence: its agenda (generated, then edited and published) and minutes
create table meeting_records (
	meeting_id uuid not null references meetings (id) on delete cascade,
	original_start timestamptz not null,
	welcome text not null,
	feedback text not null,
	conditions text not null,
	strategies text not null,
	next_steps text not null,
	agenda_published_at timestamptz,
	minutes text,
	decisions text,
	updated_at timestamptz not null default now(),
	primary key (meeting_id, original_start)
);

create table meeting_attendance (
	id uuid primary key,
	meeting_id uuid not null references meetings (id) on delete cascade,
	original_start timestamptz not null,
	role text not null check (role in ('RESIDENT', 'OFFICER', 'STAFF')),
	account_id bigint,
	name text,
	star_number text,
	listed boolean not null default false,
	created_at timestamptz not null default now()
);
create index meeting_attendance_occurrence on meeting_attendance (meeting_id, original_start);
create unique index meeting_attendance_account on meeting_attendance (meeting_id, original_start, account_id)
	where account_id is not null;
create unique index meeting_attendance_star on meeting_attendance (meeting_id, original_start, star_number)
	where star_number is not null;

-- Priority problems chosen at a meeting; reviewed at a later one (working, change, close)
create table meeting_priorities (
	id uuid primary key,
	meeting_id uuid not null references meetings (id) on delete cascade,
	original_start timestamptz not null,
	district text not null,
	beats text[] not null,
	title text not null,
	description text,
	strategy text,
	contact text,
	review text check (review in ('WORKING', 'CHANGE', 'CLOSE')),
	review_note text,
	reviewed_meeting_id uuid,
	reviewed_start timestamptz,
	created_at timestamptz not null default now()
);
create index meeting_priorities_beats on meeting_priorities using gin (beats);

create table meeting_action_items (
	id uuid primary key,
	meeting_id uuid not null references meetings (id) on delete cascade,
	original_start timestamptz not null,
	district text not null,
	beats text[] not null,
	description text not null,
	owner text not null,
	due date not null,
	done_at timestamptz,
	created_at timestamptz not null default now()
);
create index meeting_action_items_beats on meeting_action_items using gin (beats);

-- Residents who want a reminder before their beat's meetings (an account or an email address)
create table meeting_reminder_subscriptions (
	id uuid primary key,
	beat text not null,
	account_id bigint,
	email text,
	-- the language the reminder is written in: the one the resident used when subscribing
	locale text not null default 'en',
	created_at timestamptz not null default now(),
	check ((account_id is null) <> (email is null))
);
create unique index meeting_reminder_account on meeting_reminder_subscriptions (beat, account_id)
	where account_id is not null;
create unique index meeting_reminder_email on meeting_reminder_subscriptions (beat, lower(email))
	where email is not null;

-- Reminders sent, so each subscriber gets one per occurrence whichever node runs the job
create table meeting_reminders_sent (
	subscription_id uuid not null references meeting_reminder_subscriptions (id) on delete cascade,
	meeting_id uuid not null references meetings (id) on delete cascade,
	original_start timestamptz not null,
	sent_at timestamptz not null default now(),
	primary key (subscription_id, meeting_id, original_start)
);
