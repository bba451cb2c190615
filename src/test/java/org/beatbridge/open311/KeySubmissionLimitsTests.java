package org.beatbridge.open311;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.beatbridge.concerns.TooManySubmissions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * A key's reports are taken from its allowance outside the report's transaction (decision
 * 0764), a busy key's a few at a time (decision 0767): never more than the limit, however
 * many arrive at once; a refusal changes nothing; a report that is not stored, and what a
 * node's lease did not spend, is given back.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class KeySubmissionLimitsTests {

	@Autowired
	ApiKeys keys;

	@Autowired
	KeySubmissionLimits limits;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aKeyTakesReportsUpToItsLimitAndIsThenToldHowLongToWaitWithoutBeingCounted() {
		IssuedApiKey key = this.keys.issue("Two an hour", "Test suite", 2, "tests");
		assertThat(this.limits.take(key.apiKey())).hasValue(key.key().id());
		assertThat(this.limits.take(key.apiKey())).isPresent();
		Map<String, Object> before = allowance(key);
		assertThatThrownBy(() -> this.limits.take(key.apiKey())).isInstanceOfSatisfying(TooManySubmissions.class,
				(refused) -> assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(30)));
		assertThat(allowance(key)).isEqualTo(before);
	}

	@Test
	void aReportGivenBackCanBeTakenAgain() {
		IssuedApiKey key = this.keys.issue("One an hour", "Test suite", 1, "tests");
		long taken = this.limits.take(key.apiKey()).orElseThrow();
		assertThatThrownBy(() -> this.limits.take(key.apiKey())).isInstanceOf(TooManySubmissions.class);
		this.limits.giveBack(taken);
		assertThat(this.limits.take(key.apiKey())).isPresent();
	}

	@Test
	void anUnknownMissingOrRevokedKeyTakesNothing() {
		IssuedApiKey key = this.keys.issue("Revoked", "Test suite", 5, "tests");
		this.keys.revoke(key.key().id(), "tests");
		assertThat(this.limits.take(key.apiKey())).isEmpty();
		assertThat(this.limits.take("bb311_" + "x".repeat(43))).isEmpty();
		assertThat(this.limits.take("not a key")).isEmpty();
		assertThat(this.limits.take(null)).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from open311_key_allowances where key_id = ?")
			.param(key.key().id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void manyReportsOfOneKeyAtOnceAreCountedExactly() throws Exception {
		IssuedApiKey key = this.keys.issue("Busy app", "Test suite", 50, "tests");
		int taken = takeFromEightThreads(key, 10);
		// 80 reports within a second: the refill in that time is a small fraction of one
		assertThat(taken).as("taken of 80").isEqualTo(50);
	}

	@Test
	void aBurstOfReportsTakesLeasesThatDoubleAndGivesBackWhatThisNodeDidNotSpend() {
		IssuedApiKey key = this.keys.issue("Twenty thousand an hour", "Test suite", 20_000, "tests");
		for (int report = 0; report < 20; report++) {
			assertThat(this.limits.take(key.apiKey())).hasValue(key.key().id());
		}
		// leases of 1, 2, 4, 8 and 16 reports: 31 taken for 20 spent
		assertThat(tokens(key)).isBetween(20_000 - 31 - 0.1, 20_000 - 31 + 1.0);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(tokens(key)).as("20 spent, the rest given back")
				.isBetween(20_000 - 20 - 0.1, 20_000 - 20 + 1.0));
	}

	@Test
	void aKeyThatReportsNowAndThenTakesOneReportAtATime() throws InterruptedException {
		IssuedApiKey key = this.keys.issue("Quiet app", "Test suite", 20_000, "tests");
		this.limits.take(key.apiKey()).orElseThrow();
		// the lease of one second lapses
		Thread.sleep(1_200);
		this.limits.take(key.apiKey()).orElseThrow();
		// the lapsed lease spent its one report: the next asks for one again (the refill
		// of the second between filled the allowance up to its limit)
		assertThat(tokens(key)).isCloseTo(20_000 - 1, within(0.001));
	}

	@Test
	void aRevokedKeyTakesNothingMoreThoughItsLeaseHadReportsLeft() {
		IssuedApiKey key = this.keys.issue("Revoked busy app", "Test suite", 20_000, "tests");
		this.limits.take(key.apiKey()).orElseThrow();
		this.limits.take(key.apiKey()).orElseThrow();

		this.keys.revoke(key.key().id(), "tests");

		assertThat(this.limits.take(key.apiKey())).isEmpty();
	}

	@Test
	void manyReportsOfABusyKeyAtOnceNeverExceedItsLimit() throws Exception {
		// a lease of 2 reports at a time
		IssuedApiKey key = this.keys.issue("Busy app with leases", "Test suite", 200, "tests");
		int taken = takeFromEightThreads(key, 40);
		assertThat(taken).isBetween(190, 200);
		// what the leases held unspent is given back: spent and left add up to the limit
		// (and the refill of the test's few seconds, 0.06 a second)
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(taken + tokens(key)).isBetween(200.0, 200.5));
	}

	/** Takes {@code each} reports from each of 8 threads at once: how many were taken. */
	private int takeFromEightThreads(IssuedApiKey key, int each) throws Exception {
		AtomicInteger taken = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> sent = new ArrayList<>();
			for (int thread = 0; thread < 8; thread++) {
				sent.add(threads.submit(() -> {
					for (int report = 0; report < each; report++) {
						try {
							this.limits.take(key.apiKey()).orElseThrow();
							taken.incrementAndGet();
						}
						catch (TooManySubmissions ex) {
							// over the limit: nothing taken
						}
					}
				}));
			}
			for (Future<?> thread : sent) {
				thread.get();
			}
		}
		finally {
			threads.shutdown();
		}
		return taken.get();
	}

	private double tokens(IssuedApiKey key) {
		return this.jdbc.sql("select tokens from open311_key_allowances where key_id = ?")
			.param(key.key().id())
			.query(Double.class)
			.single();
	}

	private Map<String, Object> allowance(IssuedApiKey key) {
		return this.jdbc.sql("select tokens, capacity, refilled_at from open311_key_allowances where key_id = ?")
			.param(key.key().id())
			.query()
			.singleRow();
	}

}
