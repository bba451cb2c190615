package org.beatbridge.geography.domain;

import java.util.Random;

import org.beatbridge.geography.BeatLocation;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;

import static org.assertj.core.api.Assertions.assertThat;

class BeatLocatorTests {

	static final CityBoundaries CHICAGO = BoundaryFiles.readChicago();

	static final BeatLocator LOCATOR = BeatLocator.of(CHICAGO);

	@Test
	void findsTheBeatOfAPointWellInsideIt() {
		Point inside = beat("1713").getInteriorPoint();
		BeatLocation location = LOCATOR.locate(inside.getY(), inside.getX()).orElseThrow();
		assertThat(location.beat()).isEqualTo("1713");
		assertThat(location.sector()).isEqualTo("171");
		assertThat(location.district()).isEqualTo("17");
		assertThat(location.communityArea()).isEqualTo("ALBANY PARK");
		assertThat(location.onBoundary()).isFalse();
		assertThat(location.otherBeats()).isEmpty();
	}

	@Test
	void givesTheLowestBeatAndNamesTheOtherForAPointOnASharedBorder() {
		Coordinate onBorder = sharedVertex("1713", "1723");
		BeatLocation location = LOCATOR.locate(onBorder.y, onBorder.x).orElseThrow();
		assertThat(location.beat()).isEqualTo("1713");
		assertThat(location.onBoundary()).isTrue();
		assertThat(location.otherBeats()).contains("1723");
	}

	@Test
	void marksAPointHalfAMetreFromABorderAsOnTheBoundary() {
		Coordinate onBorder = sharedVertex("1713", "1723");
		Point inside = beat("1713").getInteriorPoint();
		// Half a metre from the border towards the inside of 1713.
		double dx = LocalPlane.x(inside.getX()) - LocalPlane.x(onBorder.x);
		double dy = LocalPlane.y(inside.getY()) - LocalPlane.y(onBorder.y);
		double scale = 0.5 / Math.hypot(dx, dy);
		double lon = onBorder.x + dx * scale / LocalPlane.METRES_PER_DEGREE_LONGITUDE;
		double lat = onBorder.y + dy * scale / LocalPlane.METRES_PER_DEGREE_LATITUDE;
		BeatLocation location = LOCATOR.locate(lat, lon).orElseThrow();
		assertThat(location.onBoundary()).isTrue();
		assertThat(location.beat()).isIn("1713", "1723");
	}

	@Test
	void rejectsAPointOutsideTheCity() {
		assertThat(LOCATOR.locate(41.88, -87.50)).isEmpty(); // in Lake Michigan
		assertThat(LOCATOR.locate(40.7128, -74.0060)).isEmpty(); // New York
		assertThat(LOCATOR.beatIndexAt(41.88, -87.50)).isEqualTo(-1);
	}

	@Test
	void givesThePointJustOffTheCityEdgeTheNearestBeat() {
		// 20 m east of the easternmost vertex of the city (the lakefront): within 30 m.
		Coordinate east = easternmostVertex();
		double lon = east.x + 20 / LocalPlane.METRES_PER_DEGREE_LONGITUDE;
		assertThat(LOCATOR.locate(east.y, lon)).isPresent();
		double farLon = east.x + 45 / LocalPlane.METRES_PER_DEGREE_LONGITUDE;
		assertThat(LOCATOR.locate(east.y, farLon)).isEmpty();
	}

	@Test
	void agreesWithJtsForRandomPointsAwayFromBorders() {
		Random random = new Random(42);
		IndexedPointInAreaLocator[] exact = CHICAGO.beats()
			.stream()
			.map((beat) -> new IndexedPointInAreaLocator(beat.geometry()))
			.toArray(IndexedPointInAreaLocator[]::new);
		int checked = 0;
		for (int i = 0; i < 20_000; i++) {
			double lat = 41.64 + random.nextDouble() * 0.39;
			double lon = -87.94 + random.nextDouble() * 0.42;
			int expected = -1;
			for (int b = 0; b < exact.length; b++) {
				if (exact[b].locate(new Coordinate(lon, lat)) == Location.INTERIOR) {
					expected = b;
					break;
				}
			}
			int found = LOCATOR.beatIndexAt(lat, lon);
			if (expected >= 0) {
				assertThat(LOCATOR.beatNumber(found)).as("beat at %s,%s", lat, lon)
					.isEqualTo(CHICAGO.beats().get(expected).number());
				checked++;
			}
			else {
				assertThat(found).as("beat at %s,%s", lat, lon).isEqualTo(-1);
			}
		}
		assertThat(checked).isGreaterThan(5_000);
	}

	@Test
	void mergesTheThreeAirportPolygonsOfBeat3100() {
		assertThat(beat("3100").getNumGeometries()).isEqualTo(3);
		assertThat(CHICAGO.beats()).hasSize(275);
		assertThat(CHICAGO.districts()).hasSize(23);
		assertThat(CHICAGO.communityAreas()).hasSize(77);
		assertThat(CHICAGO.summary().sectors()).isGreaterThan(60);
	}

	static Geometry beat(String number) {
		return CHICAGO.beats().stream().filter((b) -> b.number().equals(number)).findFirst().orElseThrow().geometry();
	}

	private static Coordinate sharedVertex(String a, String b) {
		Geometry other = beat(b);
		for (Coordinate c : beat(a).getCoordinates()) {
			for (Coordinate d : other.getCoordinates()) {
				if (c.equals2D(d)) {
					return c;
				}
			}
		}
		throw new IllegalStateException(a + " and " + b + " share no vertex");
	}

	private static Coordinate easternmostVertex() {
		Coordinate best = null;
		for (BeatShape beat : CHICAGO.beats()) {
			for (Coordinate c : beat.geometry().getCoordinates()) {
				if (best == null || c.x > best.x) {
					best = c;
				}
			}
		}
		return best;
	}

}
