-- Two transactions that bump the same beats (V102) in different orders could deadlock: each
-- upsert locks a beat's row, and the rows came in the order of a hash aggregate. Reports
-- written together (decision 0765) name several beats per statement, so two writers of one node
-- deadlocked now and then; PostgreSQL broke the tie after deadlock_timeout (1 s), the failed
-- batch was written again report by report, and its residents waited a second (the benchmark's
-- stalls of about 1,000 ms). Every bump of several beats now locks them in beat order
-- (decision 0769), so statements that each bump once cannot deadlock on these rows.
create or replace function bump_concern_list_versions_of_rows() returns trigger language plpgsql as $$
begin
	insert into concern_list_versions (beat, district, version)
	select beat, min(district), 1 from changed_concerns group by beat order by beat
	on conflict (beat) do update set version = concern_list_versions.version + 1;
	return null;
end
$$;

create or replace function bump_concern_list_versions_of_updated_rows() returns trigger language plpgsql as $$
begin
	insert into concern_list_versions (beat, district, version)
	select beat, min(district), 1 from (
		select beat, district from old_concerns union select beat, district from new_concerns) changed
	group by beat order by beat
	on conflict (beat) do update set version = concern_list_versions.version + 1;
	return null;
end
$$;

create or replace function bump_concern_list_versions_of_children() returns trigger language plpgsql as $$
begin
	insert into concern_list_versions (beat, district, version)
	select c.beat, min(c.district), 1 from concerns c where c.id in (select concern_id from changed_rows)
	group by c.beat order by c.beat
	on conflict (beat) do update set version = concern_list_versions.version + 1;
	return null;
end
$$;
