package org.beatbridge.geography;

import java.util.List;

/**
 * Where a point lies.
 *
 * @param beat the beat (4 digits, {@code "1713"})
 * @param sector the beat's sector (its first three digits, {@code "171"})
 * @param district the beat's district, not zero-padded ({@code "17"})
 * @param communityArea the community area's name, or {@code null} when the point lies in
 * none
 * @param onBoundary whether the point lies within 1 m of its beat's boundary, so that a
 * neighbouring beat may be meant as well
 * @param otherBeats the other beats within 1 m of the point, sorted
 */
public record BeatLocation(String beat, String sector, String district, String communityArea, boolean onBoundary,
		List<String> otherBeats) {

	public BeatLocation {
		otherBeats = List.copyOf(otherBeats);
	}

}
