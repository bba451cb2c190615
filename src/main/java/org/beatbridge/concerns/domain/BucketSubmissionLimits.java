package org.beatbridge.concerns.domain;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.beatbridge.concerns.ConcernSettings;
import org.beatbridge.concerns.SubmissionLimits;
import org.beatbridge.concerns.TooManySubmissions;
import org.beatbridge.shared.ratelimit.KeyedHashes;
import org.beatbridge.shared.ratelimit.TokenBuckets;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Token buckets in PostgreSQL, so every node counts against the same limit. A bucket's
 * key is a keyed hash of the client's address, so the table never holds an address
 * (decision 0704).
 */
@Service
class BucketSubmissionLimits implements SubmissionLimits {

	private static final String PURPOSE = "submissions";

	private final TokenBuckets buckets;

	private final KeyedHashes hashes;

	private final ConcernSettings settings;

	BucketSubmissionLimits(DataSource dataSource, KeyedHashes hashes, ConcernSettings settings) {
		this.buckets = TokenBuckets.inTable(dataSource, "concern_submission_buckets");
		this.hashes = hashes;
		this.settings = settings;
	}

	@Override
	public void consume(String clientAddress, Long accountId) {
		this.buckets.tryTake(key(clientAddress, accountId), capacity(accountId), this.settings.submissionPeriod())
			.ifPresent((wait) -> {
				throw TooManySubmissions.retryAfter(wait);
			});
	}

	@Override
	public void refund(String clientAddress, Long accountId) {
		this.buckets.giveBack(key(clientAddress, accountId), capacity(accountId), this.settings.submissionPeriod());
	}

	private String key(String clientAddress, Long accountId) {
		return (accountId != null) ? this.hashes.accountKey(PURPOSE, accountId)
				: this.hashes.clientKey(PURPOSE, clientAddress);
	}

	private int capacity(Long accountId) {
		return (accountId != null) ? this.settings.accountSubmissions() : this.settings.clientSubmissions();
	}

	/**
	 * Deletes the buckets that are full again: nothing about a client outlives its limit.
	 */
	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
	@SchedulerLock(name = "concern-submission-buckets")
	public void removeFullBuckets() {
		this.buckets.removeFull();
	}

}
