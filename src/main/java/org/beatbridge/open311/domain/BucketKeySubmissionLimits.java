package org.beatbridge.open311.domain;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.beatbridge.concerns.TooManySubmissions;
import org.beatbridge.open311.ApiKeyView;
import org.beatbridge.open311.KeySubmissionLimits;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Token buckets in PostgreSQL, one per key and limit, so every node counts against the
 * same limit. A key's limit is part of its bucket's name: raising it starts a full
 * bucket.
 */
@Service
class BucketKeySubmissionLimits implements KeySubmissionLimits {

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	BucketKeySubmissionLimits(DataSource dataSource) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("open311_key_buckets")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
	}

	@Override
	public void consume(ApiKeyView key) {
		ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw TooManySubmissions.retryAfter(Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
	}

	@Override
	public void refund(ApiKeyView key) {
		bucket(key).addTokens(1);
	}

	private BucketProxy bucket(ApiKeyView key) {
		int capacity = key.submissionsPerHour();
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(capacity).refillGreedy(capacity, Duration.ofHours(1)))
			.build();
		return this.buckets.builder().build("key:" + key.id() + ":" + capacity, () -> configuration);
	}

	/**
	 * Deletes the buckets that are full again.
	 */
	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
	@SchedulerLock(name = "open311-key-buckets")
	public void removeFullBuckets() {
		while (this.buckets.removeExpired(1000) > 0) {
			// until none is left
		}
	}

}
