package org.beatbridge.concerns.domain;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.beatbridge.concerns.ConcernSettings;
import org.beatbridge.concerns.SupportLimits;
import org.beatbridge.concerns.TooManySupports;
import org.beatbridge.shared.ratelimit.KeyedHashes;
import org.beatbridge.shared.ratelimit.TokenBuckets;

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

	private static final String PURPOSE = "me-too";

	private final TokenBuckets buckets;

	private final KeyedHashes hashes;

	private final ConcernSettings settings;

	private final JdbcClient jdbc;

	BucketSupportLimits(DataSource dataSource, KeyedHashes hashes, ConcernSettings settings, JdbcClient jdbc) {
		this.buckets = TokenBuckets.inTable(dataSource, "concern_submission_buckets");
		this.hashes = hashes;
		this.settings = settings;
		this.jdbc = jdbc;
	}

	@Override
	public void consume(String clientAddress, Long accountId) {
		String key = (accountId != null) ? this.hashes.accountKey(PURPOSE, accountId)
				: this.hashes.clientKey(PURPOSE, clientAddress);
		int capacity = (accountId != null) ? this.settings.accountSupports() : this.settings.clientSupports();
		this.buckets.tryTake("me-too:" + key, capacity, this.settings.submissionPeriod()).ifPresent((wait) -> {
			throw TooManySupports.retryAfter(wait);
		});
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
