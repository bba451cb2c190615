package org.beatbridge.crime.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * Decides the beat an incident counts in: the file's {@code Beat} when it is one of the
 * city's beats, otherwise the beat the incident's point lies in. Built once per import
 * from a snapshot of the city's beats, so a row costs a map lookup.
 */
final class BeatAssigner {

	private final Map<String, String> districtByBeat;

	private final Map<String, String> districtByNumber = new HashMap<>();

	private final PointLocator locator;

	BeatAssigner(Map<String, String> districtByBeat, PointLocator locator) {
		this.districtByBeat = Map.copyOf(districtByBeat);
		this.locator = locator;
		districtByBeat.values()
			.forEach((district) -> this.districtByNumber.put(withoutLeadingZeros(district), district));
	}

	/**
	 * @param fileBeat the row's {@code Beat}, maybe empty
	 * @param fileDistrict the row's {@code District}, maybe empty
	 * @param latitude {@code NaN} when the row has no coordinates
	 */
	Assignment assign(String fileBeat, String fileDistrict, double latitude, double longitude) {
		String beat = normalizedBeat(fileBeat);
		String district = (beat != null) ? this.districtByBeat.get(beat) : null;
		if (district != null) {
			return new Assignment(beat, district);
		}
		if (!Double.isNaN(latitude)) {
			String located = this.locator.beatAt(latitude, longitude);
			if (located != null && this.districtByBeat.containsKey(located)) {
				return new Assignment(located, this.districtByBeat.get(located));
			}
		}
		return new Assignment(null, this.districtByNumber.get(withoutLeadingZeros(fileDistrict.trim())));
	}

	/** The portal pads beats to four digits ({@code 0825}); some extracts do not. */
	private static String normalizedBeat(String fileBeat) {
		String beat = fileBeat.trim();
		if (beat.isEmpty()) {
			return null;
		}
		StringBuilder padded = new StringBuilder(4);
		for (int i = beat.length(); i < 4; i++) {
			padded.append('0');
		}
		return padded.append(beat).toString();
	}

	private static String withoutLeadingZeros(String number) {
		int start = 0;
		while (start < number.length() - 1 && number.charAt(start) == '0') {
			start++;
		}
		return number.substring(start);
	}

	record Assignment(String beat, String district) {

	}

	/** Finds the beat a point lies in, {@code null} outside every beat. */
	@FunctionalInterface
	interface PointLocator {

		String beatAt(double latitude, double longitude);

	}

}
