-- A node takes a key's reports from its allowance several at a time, as a lease it spends in
-- memory and gives back what it did not spend (decision 0767). One call checks the key and takes
-- up to `wanted` whole tokens, holding the key's allowance row only while it runs (the caller
-- commits at once). Nothing changes when no whole token is there. A row of nulls: no such live key.
create function take_open311_allowance(hash bytea, wanted integer,
	out key_id bigint, out per_hour integer, out granted integer, out tokens_before double precision)
language plpgsql as $$
declare
	capacity_now integer;
	tokens_now double precision;
	refilled timestamptz;
	now_ timestamptz := clock_timestamp();
begin
	select k.id, k.submissions_per_hour into key_id, per_hour
	from open311_api_keys k where k.key_hash = hash and k.revoked_at is null;
	if key_id is null then
		return;
	end if;
	select a.capacity, a.tokens, a.refilled_at into capacity_now, tokens_now, refilled
	from open311_key_allowances a where a.key_id = take_open311_allowance.key_id for update;
	if not found then
		insert into open311_key_allowances as a (key_id, capacity, tokens, refilled_at)
		values (take_open311_allowance.key_id, per_hour, per_hour, now_)
		on conflict on constraint open311_key_allowances_pkey do nothing;
		select a.capacity, a.tokens, a.refilled_at into capacity_now, tokens_now, refilled
		from open311_key_allowances a where a.key_id = take_open311_allowance.key_id for update;
	end if;
	if capacity_now <> per_hour then
		-- a changed limit: a full allowance of the new size
		tokens_now := per_hour;
	else
		tokens_now := least(per_hour, tokens_now
			+ greatest(0, extract(epoch from now_ - refilled)) * per_hour / 3600.0);
	end if;
	tokens_before := tokens_now;
	granted := least(greatest(wanted, 1), floor(tokens_now))::integer;
	if granted >= 1 then
		update open311_key_allowances a
		set tokens = tokens_now - granted, capacity = per_hour, refilled_at = now_
		where a.key_id = take_open311_allowance.key_id;
	else
		granted := 0;
	end if;
end
$$;
