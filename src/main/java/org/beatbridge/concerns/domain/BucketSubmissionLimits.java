package org.beatbridge.concerns.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
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
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.beatbridge.concerns.ConcernSettings;
import org.beatbridge.concerns.SubmissionLimits;
import org.beatbridge.concerns.TooManySubmissions;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Token buckets in PostgreSQL, so every node counts against the same limit. A bucket's
 * key is a keyed hash of the client's address (IPv6 by its /64, what one household gets),
 * so the table never holds an address (decision 0704).
 */
@Service
class BucketSubmissionLimits implements SubmissionLimits {

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final KeyedHashes hashes;

	private final BucketConfiguration perClient;

	private final BucketConfiguration perAccount;

	BucketSubmissionLimits(DataSource dataSource, KeyedHashes hashes, ConcernSettings settings) {
		this.hashes = hashes;
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("concern_submission_buckets")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
		this.perClient = configuration(settings.clientSubmissions(), settings.submissionPeriod());
		this.perAccount = configuration(settings.accountSubmissions(), settings.submissionPeriod());
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
			throw TooManySubmissions.retryAfter(Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
	}

	@Override
	public void refund(String clientAddress, Long accountId) {
		bucket(clientAddress, accountId).addTokens(1);
	}

	private BucketProxy bucket(String clientAddress, Long accountId) {
		if (accountId != null) {
			String key = "account:" + HexFormat.of().formatHex(this.hashes.hash("submissions", "account:" + accountId));
			return this.buckets.builder().build(key, () -> this.perAccount);
		}
		String key = "client:" + HexFormat.of().formatHex(this.hashes.hash("submissions", household(clientAddress)));
		return this.buckets.builder().build(key, () -> this.perClient);
	}

	/**
	 * Deletes the buckets that are full again: nothing about a client outlives its limit.
	 */
	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
	@SchedulerLock(name = "concern-submission-buckets")
	public void removeFullBuckets() {
		while (this.buckets.removeExpired(1000) > 0) {
			// until none is left
		}
	}

	static String household(String address) {
		if (address == null || address.isBlank()) {
			return "unknown";
		}
		String literal = address.strip();
		if (literal.indexOf(':') < 0) {
			return literal;
		}
		try {
			// A literal IPv6 address: no name lookup happens
			byte[] bytes = InetAddress.getByName(literal).getAddress();
			if (bytes.length == 16) {
				return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
			}
			return InetAddress.getByAddress(bytes).getHostAddress();
		}
		catch (UnknownHostException ex) {
			return literal;
		}
	}

}
