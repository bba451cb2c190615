-- A statement trigger runs for every INSERT statement, even one that inserts no row: the report
-- statement's media-link part (V102's trigger on concern_media_links) ran the trigger function
-- and its query for every report statement, though few reports have a link (decision 0768).
-- A row trigger runs only for a link that is inserted; it bumps the concern's beat as before,
-- by V102's function for a row of a concern (named for public updates, its first use).
alter function bump_concern_list_version_of_public_update() rename to bump_concern_list_version_of_row;

drop trigger concern_media_links_inserted_list_versions on concern_media_links;

create trigger concern_media_links_inserted_list_versions after insert on concern_media_links
	for each row execute function bump_concern_list_version_of_row();
