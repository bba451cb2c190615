package org.beatbridge.crime.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.beatbridge.crime.BlockLocations.BlockPoint;

/**
 * The city's blocks sorted by latitude, for the nearest block to a point without a query:
 * every report asks it (decision 0762). Immutable; a node builds a new one when the
 * blocks were rebuilt.
 */
final class NearestBlocks {

	private final double[] latitudes;

	private final double[] longitudes;

	private final String[] blocks;

	NearestBlocks(List<BlockPoint> points) {
		BlockPoint[] sorted = points.toArray(BlockPoint[]::new);
		Arrays.sort(sorted, Comparator.comparingDouble(BlockPoint::latitude));
		this.latitudes = new double[sorted.length];
		this.longitudes = new double[sorted.length];
		this.blocks = new String[sorted.length];
		for (int i = 0; i < sorted.length; i++) {
			this.latitudes[i] = sorted[i].latitude();
			this.longitudes[i] = sorted[i].longitude();
			this.blocks[i] = sorted[i].block();
		}
	}

	int size() {
		return this.blocks.length;
	}

	/**
	 * The block whose point is nearest, among those within the box of half-sides
	 * {@code nearLatitude} and {@code nearLongitude} degrees.
	 */
	Optional<BlockPoint> nearest(double latitude, double longitude, double nearLatitude, double nearLongitude) {
		double cosine = Math.cos(Math.toRadians(latitude));
		int i = firstAtOrAbove(latitude - nearLatitude);
		int best = -1;
		double bestDistance = Double.MAX_VALUE;
		for (; i < this.latitudes.length && this.latitudes[i] <= latitude + nearLatitude; i++) {
			double dLongitude = this.longitudes[i] - longitude;
			if (Math.abs(dLongitude) > nearLongitude) {
				continue;
			}
			double dLatitude = this.latitudes[i] - latitude;
			double distance = dLatitude * dLatitude + dLongitude * dLongitude * cosine * cosine;
			if (distance < bestDistance) {
				bestDistance = distance;
				best = i;
			}
		}
		return (best < 0) ? Optional.empty()
				: Optional.of(new BlockPoint(this.blocks[best], this.latitudes[best], this.longitudes[best]));
	}

	private int firstAtOrAbove(double latitude) {
		int low = 0;
		int high = this.latitudes.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (this.latitudes[middle] < latitude) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

}
