-- A number per beat that grows with every change to what a public list of that beat's concerns
-- shows (decision 0761): a node may serve a list it built earlier while the sum of the numbers of
-- the list's beats is unchanged. Statement triggers with transition tables, so a bulk write
-- touches each beat's row once.
create table concern_list_versions (
	beat     text primary key,
	district text not null,
	version  bigint not null
);

create index concern_list_versions_by_district on concern_list_versions (district);

create function bump_concern_list_versions_of_rows() returns trigger language plpgsql as $$
begin
	insert into concern_list_versions (beat, district, version)
	select beat, min(district), 1 from changed_concerns group by beat
	on conflict (beat) do update set version = concern_list_versions.version + 1;
	return null;
end
$$;

create trigger concerns_inserted_list_versions after insert on concerns
	referencing new table as changed_concerns
	for each statement execute function bump_concern_list_versions_of_rows();
-- an update that moves a concern to another beat changes both beats' lists
create function bump_concern_list_versions_of_updated_rows() returns trigger language plpgsql as $$
begin
	insert into concern_list_versions (beat, district, version)
	select beat, min(district), 1 from (
		select beat, district from old_concerns union select beat, district from new_concerns) changed
	group by beat
	on conflict (beat) do update set version = concern_list_versions.version + 1;
	return null;
end
$$;

create trigger concerns_updated_list_versions after update on concerns
	referencing old table as old_concerns new table as new_concerns
	for each statement execute function bump_concern_list_versions_of_updated_rows();
create trigger concerns_deleted_list_versions after delete on concerns
	referencing old table as changed_concerns
	for each statement execute function bump_concern_list_versions_of_rows();

-- Rows that belong to a concern (its timeline, a published photo link): the concern's beat
create function bump_concern_list_versions_of_children() returns trigger language plpgsql as $$
begin
	insert into concern_list_versions (beat, district, version)
	select c.beat, min(c.district), 1 from concerns c where c.id in (select concern_id from changed_rows)
	group by c.beat
	on conflict (beat) do update set version = concern_list_versions.version + 1;
	return null;
end
$$;

-- A transition without a public update comes with an update of the concern's status (or is
-- the report itself), which the concerns' triggers count: every report skips this one
create function bump_concern_list_version_of_public_update() returns trigger language plpgsql as $$
begin
	insert into concern_list_versions (beat, district, version)
	select c.beat, c.district, 1 from concerns c where c.id = new.concern_id
	on conflict (beat) do update set version = concern_list_versions.version + 1;
	return null;
end
$$;

create trigger concern_transitions_inserted_list_versions after insert on concern_transitions
	for each row when (new.public_update is not null)
	execute function bump_concern_list_version_of_public_update();
create trigger concern_transitions_updated_list_versions after update on concern_transitions
	referencing new table as changed_rows
	for each statement execute function bump_concern_list_versions_of_children();
create trigger concern_transitions_deleted_list_versions after delete on concern_transitions
	referencing old table as changed_rows
	for each statement execute function bump_concern_list_versions_of_children();
create trigger concern_media_links_inserted_list_versions after insert on concern_media_links
	referencing new table as changed_rows
	for each statement execute function bump_concern_list_versions_of_children();
create trigger concern_media_links_updated_list_versions after update on concern_media_links
	referencing new table as changed_rows
	for each statement execute function bump_concern_list_versions_of_children();
create trigger concern_media_links_deleted_list_versions after delete on concern_media_links
	referencing old table as changed_rows
	for each statement execute function bump_concern_list_versions_of_children();

-- Emptying a table changes every list
create function bump_all_concern_list_versions() returns trigger language plpgsql as $$
begin
	update concern_list_versions set version = version + 1;
	return null;
end
$$;

create trigger concerns_truncated_list_versions after truncate on concerns
	for each statement execute function bump_all_concern_list_versions();
create trigger concern_transitions_truncated_list_versions after truncate on concern_transitions
	for each statement execute function bump_all_concern_list_versions();
create trigger concern_media_links_truncated_list_versions after truncate on concern_media_links
	for each statement execute function bump_all_concern_list_versions();

insert into concern_list_versions (beat, district, version)
select beat, district, 1 from concerns group by beat, district
on conflict (beat) do nothing;
