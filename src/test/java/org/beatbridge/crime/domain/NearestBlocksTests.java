package org.beatbridge.crime.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.beatbridge.crime.BlockLocations.BlockPoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NearestBlocksTests {

	private static final double NEAR_LATITUDE = 0.00135;

	private static final double NEAR_LONGITUDE = 0.0018;

	@Test
	void findsTheSameBlockAsASearchOfEveryBlockInTheBox() {
		Random random = new Random(42);
		List<BlockPoint> points = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			points
				.add(new BlockPoint("B" + i, 41.65 + random.nextDouble() * 0.37, -87.94 + random.nextDouble() * 0.41));
		}
		NearestBlocks index = new NearestBlocks(points);
		for (int i = 0; i < 2_000; i++) {
			double latitude = 41.64 + random.nextDouble() * 0.39;
			double longitude = -87.95 + random.nextDouble() * 0.43;
			assertThat(index.nearest(latitude, longitude, NEAR_LATITUDE, NEAR_LONGITUDE))
				.isEqualTo(everyBlock(points, latitude, longitude));
		}
	}

	@Test
	void findsNothingFartherThanTheBox() {
		NearestBlocks index = new NearestBlocks(List.of(new BlockPoint("018XX W FARGO AVE", 42.01605, -87.6764)));
		assertThat(index.nearest(42.01605 + 0.0014, -87.6764, NEAR_LATITUDE, NEAR_LONGITUDE)).isEmpty();
		assertThat(index.nearest(42.01605, -87.6764 - 0.0019, NEAR_LATITUDE, NEAR_LONGITUDE)).isEmpty();
		assertThat(index.nearest(42.0161, -87.6765, NEAR_LATITUDE, NEAR_LONGITUDE).map(BlockPoint::block))
			.contains("018XX W FARGO AVE");
	}

	@Test
	void aCityWithoutImportedIncidentsHasNoBlocks() {
		assertThat(new NearestBlocks(List.of()).nearest(41.88, -87.63, NEAR_LATITUDE, NEAR_LONGITUDE)).isEmpty();
	}

	private static Optional<BlockPoint> everyBlock(List<BlockPoint> points, double latitude, double longitude) {
		double cosine = Math.cos(Math.toRadians(latitude));
		return points.stream()
			.filter((p) -> Math.abs(p.latitude() - latitude) <= NEAR_LATITUDE
					&& Math.abs(p.longitude() - longitude) <= NEAR_LONGITUDE)
			.min(Comparator.comparingDouble((BlockPoint p) -> Math.pow(p.latitude() - latitude, 2)
					+ Math.pow((p.longitude() - longitude) * cosine, 2)));
	}

}
