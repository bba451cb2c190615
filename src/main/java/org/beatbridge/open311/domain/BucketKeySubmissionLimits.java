package org.beatbridge.open311.domain;

import java.time.Duration;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.beatbridge.concerns.TooManySubmissions;
import org.beatbridge.open311.ApiKeyView;
import org.beatbridge.open311.KeySubmissionLimits;
import org.beatbridge.shared.ratelimit.TokenBuckets;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Token buckets in PostgreSQL, one per key and limit, so every node counts against the
 * same limit. A key's limit is part of its bucket's name: raising it starts a full
 * bucket.
 */
@Service
class BucketKeySubmissionLimits implements KeySubmissionLimits {

	private static final Duration HOUR = Duration.ofHours(1);

	private final TokenBuckets buckets;

	BucketKeySubmissionLimits(DataSource dataSource) {
		this.buckets = TokenBuckets.inTable(dataSource, "open311_key_buckets");
	}

	@Override
	public void consume(ApiKeyView key) {
		this.buckets.tryTake(bucket(key), key.submissionsPerHour(), HOUR).ifPresent((wait) -> {
			throw TooManySubmissions.retryAfter(wait);
		});
	}

	@Override
	public void refund(ApiKeyView key) {
		this.buckets.giveBack(bucket(key), key.submissionsPerHour(), HOUR);
	}

	private static String bucket(ApiKeyView key) {
		return "key:" + key.id() + ":" + key.submissionsPerHour();
	}

	/**
	 * Deletes the buckets that are full again.
	 */
	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
	@SchedulerLock(name = "open311-key-buckets")
	public void removeFullBuckets() {
		this.buckets.removeFull();
	}

}
