package org.beatbridge.crime.domain;

/**
 * The box around the city that a geocoded incident must fall in; anything outside is a
 * geocoding error, not a Chicago incident.
 */
record CityBounds(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {

	/**
	 * Chicago's city limits (41.644-42.023 N, 87.940-87.524 W) with about a kilometre to
	 * spare.
	 */
	static final CityBounds CHICAGO = new CityBounds(41.63, 42.03, -87.95, -87.51);

	boolean contains(double latitude, double longitude) {
		return latitude >= this.minLatitude && latitude <= this.maxLatitude && longitude >= this.minLongitude
				&& longitude <= this.maxLongitude;
	}

}
