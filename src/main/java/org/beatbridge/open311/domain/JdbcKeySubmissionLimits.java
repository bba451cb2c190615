package org.beatbridge.open311.domain;

import java.time.Duration;
import java.util.OptionalLong;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.beatbridge.concerns.TooManySubmissions;
import org.beatbridge.open311.KeySubmissionLimits;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A token bucket per key in one PostgreSQL row, refilled continuously at the key's limit
 * per hour (decisions 0760, 0764). The key's check and the taking of a token are one
 * statement outside the report's transaction: the row is locked only while it runs, so
 * the reports of one busy key do not queue behind each other's commits. Every node counts
 * against the same row, and the database's clock times the refill, so nodes' clocks need
 * not agree.
 */
@Service
class JdbcKeySubmissionLimits implements KeySubmissionLimits {

	private static final double SECONDS_PER_HOUR = 3600;

	// The key's tokens now: the row's, refilled since (a changed limit is a full bucket
	// of the new size)
	private static final String REFILLED = """
			case when a.capacity <> excluded.capacity then excluded.capacity
				else least(a.capacity, a.tokens + greatest(0, extract(epoch from excluded.refilled_at
					- a.refilled_at)) * a.capacity / %1$s) end""".formatted(SECONDS_PER_HOUR);

	// Taken only where a whole token is there: a refused report changes nothing. The
	// tokens before this statement (its snapshot) tell a refused client how long to wait.
	private static final String TAKE = """
			with key as (
				select id, submissions_per_hour from open311_api_keys where key_hash = ? and revoked_at is null
			), taken as (
				insert into open311_key_allowances as a (key_id, capacity, tokens, refilled_at)
				select id, submissions_per_hour, submissions_per_hour - 1, clock_timestamp() from key
				on conflict (key_id) do update set
					tokens = %1$s - 1,
					capacity = excluded.capacity,
					refilled_at = excluded.refilled_at
				where %1$s >= 1
				returning key_id
			)
			select key.id, key.submissions_per_hour, exists (select 1 from taken) as taken,
				(select a.tokens + greatest(0, extract(epoch from clock_timestamp() - a.refilled_at))
					* a.capacity / %2$s from open311_key_allowances a where a.key_id = key.id) as tokens_before
			from key""".formatted(REFILLED, SECONDS_PER_HOUR);

	private final JdbcClient jdbc;

	JdbcKeySubmissionLimits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public OptionalLong take(String key) {
		if (!JdbcApiKeys.looksLikeKey(key)) {
			return OptionalLong.empty();
		}
		return this.jdbc.sql(TAKE).param(JdbcApiKeys.hash(key)).query((rs) -> {
			if (!rs.next()) {
				return OptionalLong.empty();
			}
			if (!rs.getBoolean("taken")) {
				double before = rs.getDouble("tokens_before");
				throw TooManySubmissions
					.retryAfter(wait(Math.min(before, 1 - 1e-9), rs.getInt("submissions_per_hour")));
			}
			return OptionalLong.of(rs.getLong("id"));
		});
	}

	/**
	 * How long until a bucket with {@code tokens} holds one whole token again.
	 */
	private static Duration wait(double tokens, int capacity) {
		return Duration.ofMillis((long) Math.ceil((1 - tokens) * SECONDS_PER_HOUR * 1000 / capacity));
	}

	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void giveBack(long keyId) {
		this.jdbc.sql("update open311_key_allowances set tokens = least(capacity, tokens + 1) where key_id = ?")
			.param(keyId)
			.update();
	}

	/**
	 * Deletes the allowances that are full again (the same as no row).
	 */
	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
	@SchedulerLock(name = "open311-key-allowances")
	@Transactional
	public void removeFullAllowances() {
		this.jdbc.sql("""
				delete from open311_key_allowances
				where tokens + extract(epoch from clock_timestamp() - refilled_at) * capacity / ? >= capacity""")
			.param(SECONDS_PER_HOUR)
			.update();
	}

}
