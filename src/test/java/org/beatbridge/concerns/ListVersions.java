package org.beatbridge.concerns;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node learns of list changes from the database's notifications, a moment after their
 * commit (decision 0766): tests that read a list right after changing it wait until the
 * node has heard of every change committed so far.
 */
public final class ListVersions {

	private static final ConcernQuery EVERY_BEAT = new ConcernQuery(List.of(), null, null, null, null, null, 1);

	private ListVersions() {
	}

	public static void awaitHeard(JdbcClient jdbc, Concerns concerns) {
		long committed = jdbc.sql("select coalesce(sum(version), 0) from concern_list_versions")
			.query(Long.class)
			.single();
		await().untilAsserted(() -> assertThat(concerns.listVersion(EVERY_BEAT)).isGreaterThanOrEqualTo(committed));
	}

}
