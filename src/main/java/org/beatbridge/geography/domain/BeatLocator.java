package org.beatbridge.geography.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.beatbridge.geography.BeatLocation;

/**
 * Finds the beat of a point: a precomputed grid answers most points at once, the few near
 * a boundary get an exact point-in-polygon test against the beats crossing their cell.
 * See docs/decisions/0100 and 0101.
 *
 * <p>
 * Thread-safe and immutable: build one per boundary version.
 */
public final class BeatLocator {

	/** A point this close to a beat's boundary is on the boundary. */
	public static final double BOUNDARY_METRES = 1.0;

	/**
	 * A point inside no beat but this close to one belongs to it (slivers between beats).
	 */
	public static final double CITY_EDGE_METRES = 30.0;

	/**
	 * A point this close to a line shared by beats is on it: the lowest beat number wins.
	 */
	static final double ON_LINE_METRES = 0.01;

	/** Grid cell size of the beat grid, metres. */
	public static final double DEFAULT_CELL_METRES = 40.0;

	private static final double COMMUNITY_CELL_METRES = 100.0;

	private final String[] numbers;

	private final String[] sectors;

	private final String[] districts;

	private final String[] communityNames;

	private final AreaGrid beats;

	private final AreaGrid communityAreas;

	private final long buildMillis;

	private final double cellMetres;

	public BeatLocator(List<BeatShape> beats, List<CommunityAreaShape> communityAreas, double cellMetres) {
		long start = System.nanoTime();
		this.cellMetres = cellMetres;
		List<BeatShape> sorted = beats.stream().sorted((a, b) -> a.number().compareTo(b.number())).toList();
		this.numbers = sorted.stream().map(BeatShape::number).toArray(String[]::new);
		this.sectors = sorted.stream().map(BeatShape::sector).toArray(String[]::new);
		this.districts = sorted.stream().map(BeatShape::district).toArray(String[]::new);
		this.communityNames = communityAreas.stream().map(CommunityAreaShape::name).toArray(String[]::new);
		this.beats = new AreaGrid(
				sorted.stream().map(beat -> new PlanarArea(LocalPlane.project(beat.geometry()))).toList(), cellMetres,
				BOUNDARY_METRES);
		this.communityAreas = new AreaGrid(
				communityAreas.stream().map(area -> new PlanarArea(LocalPlane.project(area.geometry()))).toList(),
				COMMUNITY_CELL_METRES, 0);
		this.buildMillis = (System.nanoTime() - start) / 1_000_000;
	}

	public static BeatLocator of(CityBoundaries boundaries) {
		return new BeatLocator(boundaries.beats(), boundaries.communityAreas(), DEFAULT_CELL_METRES);
	}

	/**
	 * The fast path: the index (in {@link #beatNumber}) of the beat containing the point,
	 * or -1 when it lies in none. No boundary analysis: a point on a line shared by two
	 * beats gets one of them.
	 */
	public int beatIndexAt(double latitude, double longitude) {
		return this.beats.areaAt(LocalPlane.x(longitude), LocalPlane.y(latitude));
	}

	public String beatNumber(int index) {
		return this.numbers[index];
	}

	public int beatCount() {
		return this.numbers.length;
	}

	/**
	 * The beat of a point with the boundary analysis: on or within 1 m of a boundary it
	 * says so and names the other beats within 1 m; in a gap between beats the nearest
	 * beat within 30 m; farther away, empty.
	 */
	public Optional<BeatLocation> locate(double latitude, double longitude) {
		double x = LocalPlane.x(longitude);
		double y = LocalPlane.y(latitude);
		int code = this.beats.cellCode(x, y);
		if (code >= 0) {
			return Optional.of(location(code, x, y, false, List.of()));
		}
		if (code == AreaGrid.OUTSIDE) {
			return nearestWithinCityEdge(x, y);
		}
		// Candidates ascend by beat number, so the first match is the lowest number.
		int start = this.beats.candidatesStart(code);
		int end = this.beats.candidatesEnd(code);
		int primary = -1;
		boolean primaryOnLine = false;
		double primaryDistance = Double.POSITIVE_INFINITY;
		int near = 0;
		for (int k = start; k < end; k++) {
			int beat = this.beats.candidate(k);
			PlanarArea area = this.beats.area(beat);
			double distance = area.distanceToBoundary(x, y, BOUNDARY_METRES);
			if (distance <= ON_LINE_METRES) {
				near++;
				if (!primaryOnLine) {
					primary = beat;
					primaryOnLine = true;
					primaryDistance = distance;
				}
			}
			else {
				boolean inside = area.contains(x, y);
				if (inside || distance <= BOUNDARY_METRES) {
					near++;
				}
				if (inside && primary < 0) {
					primary = beat;
					primaryDistance = distance;
				}
			}
		}
		if (primary < 0) {
			return nearestWithinCityEdge(x, y);
		}
		List<String> others = List.of();
		if (near > 1 || (near == 1 && primaryDistance > BOUNDARY_METRES)) {
			// Rare enough (points near a border) to measure the few candidates again.
			others = new ArrayList<>(2);
			for (int k = start; k < end; k++) {
				int beat = this.beats.candidate(k);
				PlanarArea area = this.beats.area(beat);
				if (beat != primary
						&& (area.distanceToBoundary(x, y, BOUNDARY_METRES) <= BOUNDARY_METRES || area.contains(x, y))) {
					others.add(this.numbers[beat]);
				}
			}
		}
		boolean onBoundary = primaryDistance <= BOUNDARY_METRES || !others.isEmpty();
		return Optional.of(location(primary, x, y, onBoundary, others));
	}

	/**
	 * A point in no beat: the nearest beat within 30 m (the lowest number on a tie), and
	 * the others within 1 m of the point.
	 */
	private Optional<BeatLocation> nearestWithinCityEdge(double x, double y) {
		int nearest = -1;
		double best = Double.POSITIVE_INFINITY;
		double[] distances = new double[this.beats.size()];
		for (int a = 0; a < this.beats.size(); a++) {
			distances[a] = this.beats.area(a).distanceToBoundary(x, y, CITY_EDGE_METRES);
			if (distances[a] <= CITY_EDGE_METRES && distances[a] < best) {
				best = distances[a];
				nearest = a;
			}
		}
		if (nearest < 0) {
			return Optional.empty();
		}
		List<String> others = new ArrayList<>(2);
		for (int a = 0; a < distances.length; a++) {
			if (a != nearest && distances[a] <= BOUNDARY_METRES) {
				others.add(this.numbers[a]);
			}
		}
		return Optional.of(location(nearest, x, y, best <= BOUNDARY_METRES || !others.isEmpty(), others));
	}

	private BeatLocation location(int beat, double x, double y, boolean onBoundary, List<String> others) {
		return new BeatLocation(this.numbers[beat], this.sectors[beat], this.districts[beat], communityAreaAt(x, y),
				onBoundary, others);
	}

	private String communityAreaAt(double x, double y) {
		int area = this.communityAreas.areaAt(x, y);
		if (area >= 0) {
			return this.communityNames[area];
		}
		int nearest = this.communityAreas.nearestArea(x, y, CITY_EDGE_METRES);
		return (nearest >= 0) ? this.communityNames[nearest] : null;
	}

	/**
	 * Metres from the point to the nearest beat boundary, if at most {@code limit};
	 * otherwise some value above it. For measuring, not for serving requests: it visits
	 * every beat.
	 */
	public double metresToNearestBoundary(double latitude, double longitude, double limit) {
		double x = LocalPlane.x(longitude);
		double y = LocalPlane.y(latitude);
		double best = Double.POSITIVE_INFINITY;
		for (int a = 0; a < this.beats.size(); a++) {
			best = Math.min(best, this.beats.area(a).distanceToBoundary(x, y, limit));
		}
		return best;
	}

	/**
	 * What the grid costs, for the benchmark and the logs.
	 */
	public String describe() {
		return String.format("%d beats, %.0f m cells: %d cells (%d crossed by a boundary), %.1f MB, built in %d ms",
				this.numbers.length, this.cellMetres, this.beats.cellCount(), this.beats.mixedCellCount(),
				this.beats.approximateBytes() / 1e6, this.buildMillis);
	}

}
