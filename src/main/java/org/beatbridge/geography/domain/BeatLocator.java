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
		int[] candidates = (code == AreaGrid.OUTSIDE) ? new int[0] : this.beats.candidates(code);
		int primary = -1;
		double primaryDistance = Double.POSITIVE_INFINITY;
		double[] distances = new double[candidates.length];
		boolean[] inside = new boolean[candidates.length];
		int onLine = -1;
		for (int k = 0; k < candidates.length; k++) {
			PlanarArea area = this.beats.area(candidates[k]);
			inside[k] = area.contains(x, y);
			distances[k] = area.distanceToBoundary(x, y, BOUNDARY_METRES);
			if (distances[k] <= ON_LINE_METRES && onLine < 0) {
				onLine = k;
			}
			if (inside[k] && primary < 0) {
				primary = k;
			}
		}
		if (onLine >= 0) {
			primary = onLine;
		}
		if (primary < 0) {
			return nearestWithinCityEdge(x, y);
		}
		primaryDistance = distances[primary];
		List<String> others = new ArrayList<>(2);
		for (int k = 0; k < candidates.length; k++) {
			if (k != primary && (inside[k] || distances[k] <= BOUNDARY_METRES)) {
				others.add(this.numbers[candidates[k]]);
			}
		}
		boolean onBoundary = primaryDistance <= BOUNDARY_METRES || !others.isEmpty();
		return Optional.of(location(candidates[primary], x, y, onBoundary, others));
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
		int nearest = -1;
		double best = Double.POSITIVE_INFINITY;
		for (int a = 0; a < this.communityAreas.size(); a++) {
			double distance = this.communityAreas.area(a).distanceToBoundary(x, y, CITY_EDGE_METRES);
			if (distance <= CITY_EDGE_METRES && distance < best) {
				best = distance;
				nearest = a;
			}
		}
		return (nearest >= 0) ? this.communityNames[nearest] : null;
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
