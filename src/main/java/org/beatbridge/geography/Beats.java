package org.beatbridge.geography;

import java.util.List;
import java.util.Optional;

/**
 * The city's police beats: which beat a point lies in, and what is known about each beat.
 */
public interface Beats {

	/**
	 * The beat of a point; empty when outside the city (more than 30 m from any beat).
	 */
	Optional<BeatLocation> locate(double latitude, double longitude);

	/**
	 * A beat by its number, {@code "1713"}; shorter numbers are zero-padded
	 * ({@code "825"} finds {@code "0825"}); empty when no such beat exists or the number
	 * is malformed.
	 */
	Optional<BeatDetails> find(String beatNumber);

	/**
	 * All beats, sorted by beat number.
	 */
	List<BeatDetails> all();

}
