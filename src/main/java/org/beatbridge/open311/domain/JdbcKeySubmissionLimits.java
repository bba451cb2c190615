package org.beatbridge.open311.domain;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.beatbridge.concerns.TooManySubmissions;
import org.beatbridge.open311.KeySubmissionLimits;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A token bucket per key in one PostgreSQL row, refilled continuously at the key's limit
 * per hour (decisions 0760, 0764). Every node counts against the same row, and the
 * database's clock times the refill, so nodes' clocks need not agree.
 * <p>
 * A node takes a busy key's reports a few at a time (decision 0767): one call
 * ({@code take_open311_allowance}, V108) checks the key and takes several as a lease this
 * node spends in memory for {@link #LEASE_TIME}; what it did not spend is given back
 * then. The first lease is one report; the next as many as the last one spent when it
 * lapsed, twice as many when it was used up before; never more than a hundredth of the
 * hourly limit (at most {@value #MAX_LEASE}). A key with a limit under 200 an hour takes
 * one report per call, as before. The row is locked only while the call runs, outside the
 * report's transaction.
 */
@Service
class JdbcKeySubmissionLimits implements KeySubmissionLimits {

	static final int MAX_LEASE = 100;

	static final Duration LEASE_TIME = Duration.ofSeconds(1);

	private static final double SECONDS_PER_HOUR = 3600;

	private final JdbcClient jdbc;

	// by the hex of the key's hash: a key itself is never kept
	private final Map<String, Lease> leases = new ConcurrentHashMap<>();

	private final TransactionTemplate outsideTransactions;

	JdbcKeySubmissionLimits(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.outsideTransactions = new TransactionTemplate(transactions);
		this.outsideTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
	}

	// No transaction around take: most calls spend a lease in memory, and the interceptor
	// cost a report more than that (JFR); the database's calls run outside any caller's
	// transaction by the template
	@Override
	public OptionalLong take(String key) {
		if (!JdbcApiKeys.looksLikeKey(key)) {
			return OptionalLong.empty();
		}
		byte[] hash = JdbcApiKeys.hash(key);
		String id = HexFormat.of().formatHex(hash);
		Lease lease = this.leases.get(id);
		if (lease != null && lease.takeOne()) {
			return OptionalLong.of(lease.keyId());
		}
		int wanted = (lease != null) ? lease.nextSize() : 1;
		Taken taken = this.outsideTransactions
			.execute((status) -> this.jdbc.sql("select * from take_open311_allowance(?, ?)")
				.params(hash, wanted)
				.query((rs, row) -> new Taken(rs.getObject("key_id", Long.class), rs.getInt("per_hour"),
						rs.getInt("granted"), rs.getDouble("tokens_before")))
				.single());
		if (taken.keyId() == null) {
			return OptionalLong.empty();
		}
		if (taken.granted() < 1) {
			throw TooManySubmissions.retryAfter(wait(Math.min(taken.tokensBefore(), 1 - 1e-9), taken.perHour()),
					taken.perHour());
		}
		Lease fresh = new Lease(taken.keyId(), taken.perHour(), taken.granted(),
				System.nanoTime() + LEASE_TIME.toNanos());
		Lease replaced = this.leases.put(id, fresh);
		if (replaced != null) {
			giveBackToDatabase(replaced.keyId(), replaced.end());
		}
		return OptionalLong.of(taken.keyId());
	}

	static int leaseSize(int perHour) {
		return Math.max(1, Math.min(MAX_LEASE, perHour / 100));
	}

	/**
	 * How long until a bucket with {@code tokens} holds one whole token again.
	 */
	private static Duration wait(double tokens, int capacity) {
		return Duration.ofMillis((long) Math.ceil((1 - tokens) * SECONDS_PER_HOUR * 1000 / capacity));
	}

	@Override
	public void giveBack(long keyId) {
		for (Lease lease : this.leases.values()) {
			if (lease.keyId() == keyId && lease.putBack()) {
				return;
			}
		}
		giveBackToDatabase(keyId, 1);
	}

	/** Ends this node's lease of a key at once (it was revoked here). */
	void forget(long keyId) {
		this.leases.forEach((id, lease) -> {
			if (lease.keyId() == keyId && this.leases.remove(id, lease)) {
				lease.end();
			}
		});
	}

	private void giveBackToDatabase(long keyId, int reports) {
		if (reports > 0) {
			this.outsideTransactions.executeWithoutResult((status) -> this.jdbc
				.sql("update open311_key_allowances set tokens = least(capacity, tokens + ?) where key_id = ?")
				.params(reports, keyId)
				.update());
		}
	}

	/**
	 * Gives back what this node's lapsed leases did not spend.
	 */
	@Scheduled(initialDelayString = "PT1S", fixedDelayString = "PT1S")
	public void endLapsedLeases() {
		long now = System.nanoTime();
		this.leases.forEach((id, lease) -> {
			if (lease.lapsed(now) && this.leases.remove(id, lease)) {
				giveBackToDatabase(lease.keyId(), lease.end());
			}
		});
	}

	@PreDestroy
	void endAllLeases() {
		this.leases.forEach((id, lease) -> {
			if (this.leases.remove(id, lease)) {
				try {
					giveBackToDatabase(lease.keyId(), lease.end());
				}
				catch (RuntimeException ex) {
					// the database is gone first: the reports are lost to the key for an
					// hour
				}
			}
		});
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

	private record Taken(Long keyId, int perHour, int granted, double tokensBefore) {

	}

	/**
	 * Reports taken from a key's allowance and not yet spent by this node; ended once,
	 * after which nothing is taken from it or put back into it.
	 */
	private static final class Lease {

		private final long keyId;

		private final int perHour;

		private final long lapsesAt;

		private final int granted;

		private int left;

		private boolean ended;

		/** A lease of {@code granted} reports, the first of which is spent at once. */
		Lease(long keyId, int perHour, int granted, long lapsesAt) {
			this.keyId = keyId;
			this.perHour = perHour;
			this.granted = granted;
			this.left = granted - 1;
			this.lapsesAt = lapsesAt;
		}

		/**
		 * How many the next lease asks for: what this one spent when it lapsed (a key
		 * that reports now and then takes one at a time and gives nothing back), twice as
		 * many when it was used up before; never more than {@link #leaseSize}.
		 */
		synchronized int nextSize() {
			int spent = this.granted - this.left;
			int size = lapsed(System.nanoTime()) ? spent : 2 * this.granted;
			return Math.max(1, Math.min(leaseSize(this.perHour), size));
		}

		long keyId() {
			return this.keyId;
		}

		synchronized boolean takeOne() {
			if (this.ended || this.left == 0 || lapsed(System.nanoTime())) {
				return false;
			}
			this.left--;
			return true;
		}

		synchronized boolean putBack() {
			if (this.ended) {
				return false;
			}
			this.left++;
			return true;
		}

		boolean lapsed(long now) {
			return now - this.lapsesAt >= 0;
		}

		/** Ends the lease: what was left, to give back (0 when already ended). */
		synchronized int end() {
			if (this.ended) {
				return 0;
			}
			this.ended = true;
			return this.left;
		}

	}

}
