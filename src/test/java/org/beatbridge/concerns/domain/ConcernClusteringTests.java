package org.beatbridge.concerns.domain;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concerns of a category form one cluster when a chain of neighbours, each within the
 * radius of the next, joins them.
 */
class ConcernClusteringTests {

	// about 111 m per 0.001 degree of latitude
	static final double STEP = 0.001;

	@Test
	void aChainOfNeighboursIsOneClusterAndAFarConcernIsItsOwn() {
		List<JdbcConcernClusters.Point> points = List.of(point(1, 0), point(2, 2 * STEP), point(3, 4 * STEP),
				point(4, 20 * STEP));

		List<List<JdbcConcernClusters.Point>> groups = JdbcConcernClusters.linked(points, 250);

		assertThat(groups).hasSize(2);
		assertThat(groups.get(0)).extracting(JdbcConcernClusters.Point::id).containsExactly(1L, 2L, 3L);
		assertThat(groups.get(1)).extracting(JdbcConcernClusters.Point::id).containsExactly(4L);
	}

	@Test
	void concernsFartherApartThanTheRadiusStayApart() {
		assertThat(JdbcConcernClusters.linked(List.of(point(1, 0), point(2, 3 * STEP)), 250)).hasSize(2);
	}

	private static JdbcConcernClusters.Point point(long id, double north) {
		return new JdbcConcernClusters.Point(id, "graffiti", "1713", "17", 41.9674 + north, -87.7048, null, 0,
				Instant.parse("2026-11-01T12:00:00Z").plusSeconds(id));
	}

}
