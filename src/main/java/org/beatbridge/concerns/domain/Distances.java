package org.beatbridge.concerns.domain;

/**
 * Distances on the ground between nearby points, good enough within a city.
 */
final class Distances {

	private static final double EARTH_RADIUS = 6_371_000;

	static final double METRES_PER_DEGREE_OF_LATITUDE = 111_320;

	private Distances() {
	}

	static double metres(double latitude1, double longitude1, double latitude2, double longitude2) {
		double dLat = Math.toRadians(latitude2 - latitude1);
		double dLon = Math.toRadians(longitude2 - longitude1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude1))
				* Math.cos(Math.toRadians(latitude2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	static double latitudeDegrees(double metres) {
		return metres / METRES_PER_DEGREE_OF_LATITUDE;
	}

	static double longitudeDegrees(double metres, double latitude) {
		return metres / (METRES_PER_DEGREE_OF_LATITUDE * Math.cos(Math.toRadians(latitude)));
	}

}
