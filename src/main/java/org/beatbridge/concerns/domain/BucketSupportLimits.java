package org.beatbridge.concerns.domain;

import java.time.Duration;
import java.util.HexFormat;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.beatbridge.concerns.ConcernSettings;
import org.beatbridge.concerns.SupportLimits;
import org.beatbridge.concerns.TooManySupports;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * "Me too" limits as token buckets in the reports' bucket table (its job deletes full
 * buckets of both), keyed by a keyed hash of the client's household address or account
 * (decisions 0704, 0707).
 */
@Service
class BucketSupportLimits implements SupportLimits {

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final KeyedHashes hashes;

	private final BucketConfiguration perClient;

	private final BucketConfiguration perAccount;

	private final JdbcClient jdbc;

	BucketSupportLimits(DataSource dataSource, KeyedHashes hashes, ConcernSettings settings, JdbcClient jdbc) {
		this.hashes = hashes;
		this.jdbc = jdbc;
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("concern_submission_buckets")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
		this.perClient = configuration(settings.clientSupports(), settings.submissionPeriod());
		this.perAccount = configuration(settings.accountSupports(), settings.submissionPeriod());
	}

	private static BucketConfiguration configuration(int capacity, Duration period) {
		return BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(capacity).refillGreedy(capacity, period))
			.build();
	}

	@Override
	public void consume(String clientAddress, Long accountId) {
		ConsumptionProbe probe = bucket(clientAddress, accountId).tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw TooManySupports.retryAfter(Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
	}

	private BucketProxy bucket(String clientAddress, Long accountId) {
		if (accountId != null) {
			String key = "me-too:account:"
					+ HexFormat.of().formatHex(this.hashes.hash("me-too", "account:" + accountId));
			return this.buckets.builder().build(key, () -> this.perAccount);
		}
		String key = "me-too:client:"
				+ HexFormat.of().formatHex(this.hashes.hash("me-too", BucketSubmissionLimits.household(clientAddress)));
		return this.buckets.builder().build(key, () -> this.perClient);
	}

	/**
	 * Deletes the per-concern client windows that are over: the hash of a client's
	 * address and a concern lives no longer than the window (decision 0707).
	 */
	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
	@SchedulerLock(name = "concern-support-clients")
	public void removeExpiredClientWindows() {
		this.jdbc.sql("delete from concern_support_clients where expires_at <= now()").update();
	}

}
