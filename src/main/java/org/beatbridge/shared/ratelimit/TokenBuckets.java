package org.beatbridge.shared.ratelimit;

import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/**
 * Token buckets kept in one PostgreSQL table (columns {@code id text},
 * {@code state bytea}, {@code expires_at bigint}), so every node counts against the same
 * limit. A row expires once its bucket is full again; {@link #removeFull()} deletes those
 * (decision 0704). Each module that limits something owns its table and builds one of
 * these over it.
 */
public final class TokenBuckets {

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private TokenBuckets(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
		this.buckets = buckets;
	}

	/** Buckets in {@code table}, which a module's Flyway migration created. */
	public static TokenBuckets inTable(DataSource dataSource, String table) {
		return new TokenBuckets(Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table(table)
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build());
	}

	/**
	 * Takes one token from the bucket {@code key} allowing {@code capacity} per
	 * {@code period}.
	 * @return empty when taken, else how long until a token is there again
	 */
	public Optional<Duration> tryTake(String key, int capacity, Duration period) {
		ConsumptionProbe probe = bucket(key, capacity, period).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	/** Gives back a token taken by {@link #tryTake} (a request refused as invalid). */
	public void giveBack(String key, int capacity, Duration period) {
		bucket(key, capacity, period).addTokens(1);
	}

	/**
	 * Deletes the buckets that are full again: nothing about a client outlives its limit.
	 */
	public void removeFull() {
		while (this.buckets.removeExpired(1000) > 0) {
			// until none is left
		}
	}

	private BucketProxy bucket(String key, int capacity, Duration period) {
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(capacity).refillGreedy(capacity, period))
			.build();
		return this.buckets.builder().build(key, () -> configuration);
	}

}
