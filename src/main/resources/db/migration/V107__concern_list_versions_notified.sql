-- Every new number of a beat's list is announced on the channel concern_list_versions as
-- "beat district version" (decision 0766): each node keeps the numbers in memory and learns
-- of a change without asking the database per request. PostgreSQL delivers the
-- notifications of a transaction when it commits, in commit order, and none if it rolls back.
create function notify_concern_list_version() returns trigger language plpgsql as $$
begin
	perform pg_notify('concern_list_versions', new.beat || ' ' || new.district || ' ' || new.version);
	return null;
end
$$;

create trigger concern_list_versions_notified after insert or update on concern_list_versions
	for each row execute function notify_concern_list_version();
