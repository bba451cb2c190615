package org.beatbridge.identity.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nodes share only the database: what they do at the same moment must still add up.
 * Threads with their own connections stand in for nodes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class SeveralNodesTests {

	@Autowired
	AdminBootstrap bootstrap;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcClient jdbc;

	@Test
	void nodesStartingTogetherCreateOneAdministrator() throws Exception {
		this.jdbc.sql("delete from accounts where username = 'admin'").update();
		List<Boolean> created = all(4, () -> this.bootstrap.ensureAdminExists("copper lagoon whistle meadow"));
		assertThat(created).containsOnlyOnce(true);
		assertThat(
				this.jdbc.sql("select count(*) from account_roles where role = 'ADMIN'").query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void failuresOnSeveralNodesAtOnceAreAllCounted() throws Exception {
		all(5, () -> {
			this.throttle.recordFailure("guessed-on-all-nodes");
			return true;
		});
		assertThat(this.jdbc.sql("select failures from login_throttle where login_key = 'guessed-on-all-nodes'")
			.query(Integer.class)
			.single()).isEqualTo(5);
		assertThat(this.throttle.lockedUntil("guessed-on-all-nodes")).isPresent();
	}

	private static <T> List<T> all(int nodes, Callable<T> work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(nodes);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < nodes; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return work.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

}
