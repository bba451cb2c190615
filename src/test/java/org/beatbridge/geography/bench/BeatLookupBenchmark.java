package org.beatbridge.geography.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

import org.beatbridge.geography.BeatLocation;
import org.beatbridge.geography.domain.BeatLocator;
import org.beatbridge.geography.domain.BeatShape;
import org.beatbridge.geography.domain.BoundaryFiles;
import org.beatbridge.geography.domain.CityBoundaries;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Point-to-beat lookup speed and accuracy on the real 2017 Chicago incidents: a
 * benchmark, not a test (surefire does not run it). See BENCHMARKS.md for the command.
 *
 * <p>
 * Single thread. Every method looks up the same points in the CSV's order; each is warmed
 * up, then timed over several rounds, and the median round is reported.
 */
public final class BeatLookupBenchmark {

	private static final int WARMUP_ROUNDS = 3;

	private static final int MEASURED_ROUNDS = 5;

	/** The naive loop is ~50x slower: it gets a sample, not all points. */
	private static final int NAIVE_SAMPLE = 20_000;

	private BeatLookupBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path crimes = Path.of((args.length > 0) ? args[0] : "../shared/data/crimes");
		Incidents incidents = Incidents.read(crimes);
		CityBoundaries chicago = BoundaryFiles.readChicago();
		List<BeatShape> beats = chicago.beats();
		System.out.printf(Locale.ROOT, "%d located incidents (of %d rows) in %s; %d beats; %d cores, Java %s%n",
				incidents.count, incidents.rows, crimes, beats.size(), Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"));

		BeatLocator locator = BeatLocator.of(chicago);
		System.out.println("Grid: " + locator.describe());

		// (a) naive: every polygon's contains(), in file order
		GeometryFactory factory = new GeometryFactory();
		Geometry[] polygons = beats.stream().map(BeatShape::geometry).toArray(Geometry[]::new);
		IntUnaryOperator naive = (i) -> {
			var point = factory.createPoint(new Coordinate(incidents.lon[i], incidents.lat[i]));
			for (int b = 0; b < polygons.length; b++) {
				if (polygons[b].contains(point)) {
					return b;
				}
			}
			return -1;
		};

		// (b) JTS STRtree over the beats' envelopes + IndexedPointInAreaLocator per beat
		STRtree tree = new STRtree();
		IndexedPointInAreaLocator[] exact = new IndexedPointInAreaLocator[polygons.length];
		for (int b = 0; b < polygons.length; b++) {
			exact[b] = new IndexedPointInAreaLocator(polygons[b]);
			tree.insert(polygons[b].getEnvelopeInternal(), b);
		}
		tree.build();
		IntUnaryOperator strtree = (i) -> {
			Coordinate c = new Coordinate(incidents.lon[i], incidents.lat[i]);
			@SuppressWarnings("unchecked")
			List<Integer> candidates = tree.query(new Envelope(c));
			int found = -1;
			for (Integer b : candidates) {
				if (exact[b].locate(c) != Location.EXTERIOR && (found < 0 || b < found)) {
					found = b;
				}
			}
			return found;
		};

		// (c) our grid, fast path; (d) our full locate with the boundary analysis
		IntUnaryOperator grid = (i) -> locator.beatIndexAt(incidents.lat[i], incidents.lon[i]);
		IntUnaryOperator full = (i) -> locator.locate(incidents.lat[i], incidents.lon[i]).isPresent() ? 1 : 0;

		System.out.println();
		System.out.println(
				"| method | points per round | lookups/s (median of " + MEASURED_ROUNDS + ") | min - max | vs (b) |");
		System.out.println("| --- | ---: | ---: | ---: | ---: |");
		double[] a = measure(naive, Math.min(NAIVE_SAMPLE, incidents.count));
		double[] b = measure(strtree, incidents.count);
		double[] c = measure(grid, incidents.count);
		double[] d = measure(full, incidents.count);
		row("(a) naive loop, JTS Polygon.contains", Math.min(NAIVE_SAMPLE, incidents.count), a, b);
		row("(b) JTS STRtree + IndexedPointInAreaLocator", incidents.count, b, b);
		row("(c) BeatLocator grid, fast path", incidents.count, c, b);
		row("(d) BeatLocator.locate, with boundary analysis", incidents.count, d, b);

		accuracy(locator, incidents);
		cellSizes(chicago, incidents);
	}

	private static double[] measure(IntUnaryOperator lookup, int points) {
		long sink = 0;
		for (int r = 0; r < WARMUP_ROUNDS; r++) {
			for (int i = 0; i < points; i++) {
				sink += lookup.applyAsInt(i);
			}
		}
		double[] rates = new double[MEASURED_ROUNDS];
		for (int r = 0; r < MEASURED_ROUNDS; r++) {
			long start = System.nanoTime();
			for (int i = 0; i < points; i++) {
				sink += lookup.applyAsInt(i);
			}
			rates[r] = points / ((System.nanoTime() - start) / 1e9);
		}
		if (sink == 42) {
			System.out.println("(sink)");
		}
		Arrays.sort(rates);
		return rates;
	}

	private static void row(String name, int points, double[] rates, double[] reference) {
		double median = rates[rates.length / 2];
		System.out.printf(Locale.ROOT, "| %s | %,d | %,.0f | %,.0f - %,.0f | %.2fx |%n", name, points, median, rates[0],
				rates[rates.length - 1], median / reference[reference.length / 2]);
	}

	/**
	 * Agreement with the CSV's Beat column (CPD's own assignment).
	 */
	private static void accuracy(BeatLocator locator, Incidents incidents) {
		int agree = 0, onBoundary = 0, gapResolved = 0, outside = 0;
		int far = 0, farAgree = 0, near = 0, nearAgree = 0;
		int otherAgree = 0;
		for (int i = 0; i < incidents.count; i++) {
			double lat = incidents.lat[i];
			double lon = incidents.lon[i];
			Optional<BeatLocation> location = locator.locate(lat, lon);
			if (location.isEmpty()) {
				outside++;
				continue;
			}
			BeatLocation found = location.get();
			boolean same = found.beat().equals(incidents.beat[i]);
			agree += same ? 1 : 0;
			if (!same && found.otherBeats().contains(incidents.beat[i])) {
				otherAgree++;
			}
			onBoundary += found.onBoundary() ? 1 : 0;
			if (locator.beatIndexAt(lat, lon) < 0) {
				gapResolved++;
			}
			double distance = locator.metresToNearestBoundary(lat, lon, 5.0);
			if (distance > 5.0) {
				far++;
				farAgree += same ? 1 : 0;
			}
			else {
				near++;
				nearAgree += same ? 1 : 0;
			}
		}
		int n = incidents.count;
		System.out.println();
		System.out.println("| accuracy vs the CSV's Beat column | points | agree |");
		System.out.println("| --- | ---: | ---: |");
		System.out.printf(Locale.ROOT, "| all located incidents | %,d | %.2f %% |%n", n, 100.0 * agree / n);
		System.out.printf(Locale.ROOT, "| more than 5 m from any beat boundary | %,d | %.2f %% |%n", far,
				100.0 * farAgree / far);
		System.out.printf(Locale.ROOT, "| within 5 m of a beat boundary | %,d | %.2f %% |%n", near,
				100.0 * nearAgree / near);
		System.out.printf(Locale.ROOT,
				"| all, counting the CSV's beat among otherBeats (within 1 m) as agreement | %,d | %.2f %% |%n", n,
				100.0 * (agree + otherAgree) / n);
		System.out.println();
		System.out.printf(Locale.ROOT, "on a boundary (within 1 m): %,d (%.1f %%)%n", onBoundary,
				100.0 * onBoundary / n);
		System.out.printf(Locale.ROOT, "in no beat, resolved to the nearest beat within 30 m: %,d%n", gapResolved);
		System.out.printf(Locale.ROOT, "outside the city (more than 30 m from any beat): %,d%n", outside);
	}

	/**
	 * Build time, memory and fast-path speed against the grid's cell size.
	 */
	private static void cellSizes(CityBoundaries chicago, Incidents incidents) {
		System.out.println();
		System.out.println("| cell size | grid | fast-path lookups/s (median) |");
		System.out.println("| ---: | --- | ---: |");
		for (double cell : new double[] { 20, 40, 80, 160, 320 }) {
			BeatLocator locator = new BeatLocator(chicago.beats(), chicago.communityAreas(), cell);
			double[] rates = measure((i) -> locator.beatIndexAt(incidents.lat[i], incidents.lon[i]), incidents.count);
			System.out.printf(Locale.ROOT, "| %.0f m | %s | %,.0f |%n", cell, locator.describe(),
					rates[rates.length / 2]);
		}
	}

	/**
	 * The located rows of crimes_2017_0[1-6].csv: latitude, longitude, CPD's beat.
	 */
	static final class Incidents {

		int rows;

		int count;

		double[] lat = new double[1 << 17];

		double[] lon = new double[1 << 17];

		String[] beat = new String[1 << 17];

		static Incidents read(Path folder) throws IOException {
			Incidents incidents = new Incidents();
			for (int month = 1; month <= 6; month++) {
				List<String> lines = Files.readAllLines(folder.resolve("crimes_2017_0" + month + ".csv"));
				List<String> header = fields(lines.get(0));
				int beatColumn = header.indexOf("Beat");
				int latColumn = header.indexOf("Latitude");
				int lonColumn = header.indexOf("Longitude");
				for (String line : lines.subList(1, lines.size())) {
					incidents.rows++;
					List<String> fields = fields(line);
					if (fields.get(latColumn).isEmpty() || fields.get(lonColumn).isEmpty()) {
						continue;
					}
					incidents.add(Double.parseDouble(fields.get(latColumn)), Double.parseDouble(fields.get(lonColumn)),
							fields.get(beatColumn));
				}
			}
			return incidents;
		}

		private void add(double latitude, double longitude, String beatNumber) {
			if (this.count == this.lat.length) {
				this.lat = Arrays.copyOf(this.lat, this.count * 2);
				this.lon = Arrays.copyOf(this.lon, this.count * 2);
				this.beat = Arrays.copyOf(this.beat, this.count * 2);
			}
			this.lat[this.count] = latitude;
			this.lon[this.count] = longitude;
			this.beat[this.count] = (beatNumber.length() == 3) ? "0" + beatNumber : beatNumber;
			this.count++;
		}

		/** One CSV record's fields; quoted fields may hold commas and doubled quotes. */
		static List<String> fields(String line) {
			List<String> fields = new ArrayList<>(22);
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			for (int i = 0; i < line.length(); i++) {
				char c = line.charAt(i);
				if (quoted) {
					if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else if (c == '"') {
						quoted = false;
					}
					else {
						field.append(c);
					}
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == ',') {
					fields.add(field.toString());
					field.setLength(0);
				}
				else {
					field.append(c);
				}
			}
			fields.add(field.toString());
			return fields;
		}

	}

}
