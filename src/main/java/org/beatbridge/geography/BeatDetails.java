package org.beatbridge.geography;

import java.util.List;

/**
 * A police beat.
 *
 * @param beat the beat number (4 digits, {@code "1713"})
 * @param sector its sector (first three digits, {@code "171"})
 * @param district its district, not zero-padded ({@code "17"})
 * @param neighbours the beats sharing a border with it, sorted
 * @param communityAreas names of the community areas it covers part of, sorted
 */
public record BeatDetails(String beat, String sector, String district, List<String> neighbours,
		List<String> communityAreas) {

	public BeatDetails {
		neighbours = List.copyOf(neighbours);
		communityAreas = List.copyOf(communityAreas);
	}

}
