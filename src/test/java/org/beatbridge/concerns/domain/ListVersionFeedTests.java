package org.beatbridge.concerns.domain;

import java.util.List;

import javax.sql.DataSource;

import org.beatbridge.concerns.ConcernQuery;
import org.beatbridge.concerns.Concerns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node keeps the concerns' list versions in memory from PostgreSQL's notifications
 * (decision 0766): it hears of changes committed on any connection, answers as the
 * database would, and asks the database while it cannot listen.
 */
@SpringBootTest
class ListVersionFeedTests {

	@Autowired
	ListVersionFeed feed;

	@Autowired
	Concerns concerns;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void theNodeIsListeningAndHasHeardOfEveryChange() {
		await().until(this.feed::isLive);
		waitUntilHeard();
	}

	@Test
	void aChangeCommittedOnAnotherConnectionReachesTheNodeAMomentLater() {
		long before = this.feed.version(List.of("0834"), null).orElseThrow();

		plantConcernInBeat0834();

		await().untilAsserted(() -> assertThat(this.feed.version(List.of("0834"), null)).hasValue(before + 1));
		assertThat(this.feed.version(List.of("0834"), null)).hasValue(databaseVersion("v.beat = '0834'"));
	}

	@Test
	void theNumbersInMemoryAddUpAsTheDatabasesDo() {
		plantConcernInBeat0834();
		waitUntilHeard();

		assertThat(this.feed.version(List.of(), null)).hasValue(databaseVersion("true"));
		assertThat(this.feed.version(List.of(), "8")).hasValue(databaseVersion("v.district = '8'"));
		assertThat(this.feed.version(List.of("0834", "2424", "0834"), null))
			.hasValue(databaseVersion("v.beat in ('0834', '2424')"));
		assertThat(this.feed.version(List.of("0834", "2424"), "8"))
			.hasValue(databaseVersion("v.beat in ('0834', '2424') and v.district = '8'"));
		assertThat(this.feed.version(List.of("9999"), null)).hasValue(0);
	}

	@Test
	void aMalformedNotificationIsIgnored() {
		long before = this.feed.version(List.of(), null).orElseThrow();
		this.jdbc.sql("select pg_notify(?, 'not a version')").param(ListVersionFeed.CHANNEL).query((rows) -> {
		});
		this.jdbc.sql("select pg_notify(?, '0834 8 many')").param(ListVersionFeed.CHANNEL).query((rows) -> {
		});

		plantConcernInBeat0834();

		await().untilAsserted(() -> assertThat(this.feed.version(List.of(), null)).hasValue(before + 1));
		assertThat(this.feed.isLive()).isTrue();
	}

	@Test
	void whileTheNodeIsNotListeningListVersionsAreReadFromTheDatabase() {
		ConcernQuery beat0834 = ConcernQuery.beat("834", 10);
		this.feed.stop();
		try {
			assertThat(this.feed.version(List.of("0834"), null)).isEmpty();
			long before = this.concerns.listVersion(beat0834);

			plantConcernInBeat0834();

			assertThat(this.concerns.listVersion(beat0834)).isEqualTo(before + 1)
				.isEqualTo(databaseVersion("v.beat = '0834'"));
		}
		finally {
			this.feed.start();
		}
		await().until(this.feed::isLive);
	}

	@Test
	void aListenerCutOffByTheDatabaseListensAgainWithTheChangesItMissed() {
		long before = this.feed.version(List.of("0834"), null).orElseThrow();
		Integer cut = this.jdbc
			.sql("select count(pg_terminate_backend(pid))::int from pg_stat_activity where application_name = ?")
			.param(ListVersionFeed.APPLICATION_NAME)
			.query(Integer.class)
			.single();
		assertThat(cut).isPositive();
		plantConcernInBeat0834();
		plantConcernInBeat0834();

		await().untilAsserted(() -> assertThat(this.feed.version(List.of("0834"), null)).hasValue(before + 2));
		assertThat(this.feed.isLive()).isTrue();
	}

	@Test
	void aNodeWhoseProbesDoNotComeBackAsksTheDatabase() throws InterruptedException {
		// as behind a connection pooler that passes no notifications on
		ListVersionFeed deaf = new ListVersionFeed(this.dataSource, "nobody_listens_here");
		deaf.start();
		try {
			Thread.sleep(ListVersionFeed.TRUSTED_FOR.plusMillis(500).toMillis());
			assertThat(deaf.version(List.of("0834"), null)).isEmpty();
			assertThat(this.feed.isLive()).isTrue();
		}
		finally {
			deaf.stop();
		}
	}

	private void waitUntilHeard() {
		long committed = databaseVersion("true");
		await().untilAsserted(() -> assertThat(this.feed.version(List.of(), null)).hasValue(committed));
	}

	private long databaseVersion(String condition) {
		return this.jdbc.sql("select coalesce(sum(v.version), 0) from concern_list_versions v where " + condition)
			.query(Long.class)
			.single();
	}

	// In Ashburn (beat 0834, district 8), away from the places other tests count concerns
	// in
	private void plantConcernInBeat0834() {
		this.jdbc.sql("""
				with concern as (
					insert into concerns (category, status, description, public_description, latitude, longitude,
						block_latitude, block_longitude, beat, district, source, locale, anonymous, tracking_token_hash,
						requested_at, updated_at)
					values ('noise', 'OPEN', 'x', 'x', 41.75, -87.70, 41.75, -87.70, '0834', '8', 'WEB', 'en',
						true, decode(md5(random()::text), 'hex'), now(), now())
					returning id)
				insert into concern_transitions (concern_id, from_status, to_status, actor_role, at)
				select id, null, 'OPEN', 'ANONYMOUS', now() from concern""").update();
	}

}
