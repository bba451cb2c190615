-- Beat meetings and district events: one-off meetings, recurring series (RFC 5545 RRULE,
-- expanded in America/Chicago) and events imported from the CPD community calendar.
create table meetings (
	id uuid primary key,
	source_key text unique,
	district text not null,
	beats text[] not null default '{}',
	title text not null,
	details text,
	kind text not null,
	place text,
	latitude double precision,
	longitude double precision,
	starts_at timestamptz not null,
	ends_at timestamptz,
	recurrence text,
	languages text[] not null,
	interpretation boolean not null default false,
	cancelled boolean not null default false,
	created_at timestamptz not null default now(),
	check (ends_at is null or ends_at > starts_at)
);

create index meetings_beats on meetings using gin (beats);
create index meetings_district_start on meetings (district, starts_at);

-- One occurrence of a series moved or cancelled, keyed by its originally scheduled start
create table meeting_changes (
	meeting_id uuid not null references meetings (id) on delete cascade,
	original_start timestamptz not null,
	new_start timestamptz,
	new_end timestamptz,
	cancelled boolean not null default false,
	primary key (meeting_id, original_start)
);
