-- One number that changes whenever the schedule does (decision 0507): every node compares it with
-- the version of the feeds it rendered and cached, so a cached feed is never older than the data.
create table meeting_feed_version (
	id boolean primary key default true check (id),
	version bigint not null
);
insert into meeting_feed_version (id, version) values (true, 0);

create function bump_meeting_feed_version() returns trigger language plpgsql as $$
begin
	update meeting_feed_version set version = version + 1;
	return null;
end
$$;

create trigger meetings_feed_version after insert or update or delete or truncate on meetings
	for each statement execute function bump_meeting_feed_version();
create trigger meeting_changes_feed_version after insert or update or delete or truncate on meeting_changes
	for each statement execute function bump_meeting_feed_version();
