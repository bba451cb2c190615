package org.beatbridge.concerns.domain;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/**
 * Every write of concerns bumps the list version of each beat it touches (V102), locking
 * that beat's row until it commits. Writes of several beats lock them in beat order
 * (V110), so two writers that bump the same beats at once wait for each other instead of
 * deadlocking (PostgreSQL would fail one of them after a second).
 */
@SpringBootTest
class ConcernListVersionLocksTests {

	// beats of no district of the city, so no other test counts these concerns
	static final List<String> BEATS = List.of("9901", "9902", "9903", "9904", "9905", "9906", "9907", "9908", "9909",
			"9910");

	static final String MARK = "list-version-locks";

	private final SecureRandom random = new SecureRandom();

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void writersThatBumpTheSameBeatsAtOnceWaitForEachOtherInsteadOfDeadlocking() throws Exception {
		ExecutorService other = Executors.newSingleThreadExecutor();
		try (Connection first = this.dataSource.getConnection(); Connection second = this.dataSource.getConnection()) {
			// each beat has its row, which every bump locks
			insert(first, BEATS);
			first.setAutoCommit(false);
			second.setAutoCommit(false);
			insert(first, List.of("9901"));
			Future<?> all = other.submit(() -> {
				List<String> reversed = new ArrayList<>(BEATS);
				Collections.reverse(reversed);
				insert(second, reversed);
				second.commit();
				return null;
			});
			// the second writer waits for the first's row of 9901
			await().atMost(Duration.ofSeconds(10)).until(this::aWriterWaitsForALock);
			insert(first, BEATS.subList(1, BEATS.size()));
			first.commit();
			all.get(10, TimeUnit.SECONDS);
		}
		finally {
			other.shutdownNow();
			this.jdbc.sql("delete from concerns where description = ?").param(MARK).update();
		}
	}

	private boolean aWriterWaitsForALock() {
		return this.jdbc.sql("""
				select count(*) from pg_stat_activity
				where wait_event_type = 'Lock' and query like '/* list-version-locks */%'""")
			.query(Long.class)
			.single() > 0;
	}

	private void insert(Connection connection, List<String> beats) throws SQLException {
		List<String> rows = new ArrayList<>();
		for (int each = 0; each < beats.size(); each++) {
			rows.add("('noise', 'OPEN', ?, ?, 41.88, -87.63, '001XX W MADISON ST', 41.88, -87.63, ?, '99', 'WEB',"
					+ " 'en', '{}'::jsonb, true, ?, now(), now())");
		}
		try (PreparedStatement statement = connection.prepareStatement("""
				/* list-version-locks */ insert into concerns (category, status, description, public_description,
					latitude, longitude, block_address, block_latitude, block_longitude, beat, district, source, locale,
					attributes, anonymous, tracking_token_hash, requested_at, updated_at)
				values """ + String.join(", ", rows))) {
			int index = 0;
			for (String beat : beats) {
				byte[] token = new byte[32];
				this.random.nextBytes(token);
				statement.setString(++index, MARK);
				statement.setString(++index, MARK);
				statement.setString(++index, beat);
				statement.setBytes(++index, token);
			}
			statement.executeUpdate();
		}
	}

}
