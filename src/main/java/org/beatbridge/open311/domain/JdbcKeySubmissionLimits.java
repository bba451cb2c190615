package org.beatbridge.open311.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.beatbridge.concerns.TooManySubmissions;
import org.beatbridge.open311.ApiKeyView;
import org.beatbridge.open311.KeySubmissionLimits;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A token bucket per key in one PostgreSQL row, refilled continuously at the key's limit
 * per hour, counted by one upsert in the report's transaction (decision 0760): every node
 * counts against the same row, a report that rolls back counts nothing, and the row is
 * locked only from the upsert to the commit. The database's clock times the refill, so
 * nodes' clocks need not agree.
 */
@Service
class JdbcKeySubmissionLimits implements KeySubmissionLimits {

	private static final double SECONDS_PER_HOUR = 3600;

	private final JdbcClient jdbc;

	private final Clock clock = Clock.systemUTC();

	// Keys refused on this node, until when: the database refills at a known rate, so
	// until then it would refuse them too (a raised limit is another capacity, not kept)
	private final Map<String, Instant> waiting = new ConcurrentHashMap<>();

	JdbcKeySubmissionLimits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void consume(ApiKeyView key) {
		int capacity = key.submissionsPerHour();
		double tokens = this.jdbc.sql("""
				insert into open311_key_allowances as a (key_id, capacity, tokens, refilled_at)
				values (?, ?, ? - 1, clock_timestamp())
				on conflict (key_id) do update set
					tokens = case when a.capacity <> excluded.capacity then excluded.capacity
						else least(a.capacity, a.tokens + greatest(0, extract(epoch from excluded.refilled_at
							- a.refilled_at)) * a.capacity / ?) end - 1,
					capacity = excluded.capacity,
					refilled_at = excluded.refilled_at
				returning tokens""")
			.params(key.id(), capacity, capacity, SECONDS_PER_HOUR)
			.query(Double.class)
			.single();
		if (tokens < 0) {
			Duration wait = Duration.ofMillis((long) Math.ceil(-tokens * SECONDS_PER_HOUR * 1000 / capacity));
			this.waiting.put(name(key), this.clock.instant().plus(wait));
			throw TooManySubmissions.retryAfter(wait);
		}
	}

	@Override
	public void refuseWhileWaiting(ApiKeyView key) {
		Instant until = this.waiting.get(name(key));
		if (until == null) {
			return;
		}
		Duration wait = Duration.between(this.clock.instant(), until);
		if (wait.isNegative() || wait.isZero()) {
			this.waiting.remove(name(key), until);
			return;
		}
		throw TooManySubmissions.retryAfter(wait);
	}

	private static String name(ApiKeyView key) {
		return key.id() + ":" + key.submissionsPerHour();
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
		this.waiting.values().removeIf((until) -> until.isBefore(this.clock.instant()));
	}

}
