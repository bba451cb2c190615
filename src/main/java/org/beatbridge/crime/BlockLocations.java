package org.beatbridge.crime;

import java.util.Optional;

/**
 * Where the city's blocks are, learnt from the blocks of imported crime incidents: the
 * city publishes no geocoder, but every incident carries its block
 * ({@code "018XX W FARGO AVE"}) and a point on it.
 */
public interface BlockLocations {

	/**
	 * The block a typed address lies on: {@code "1842 W. Fargo Avenue"},
	 * {@code "1800 w fargo"} and {@code "018XX W FARGO AVE"} all find
	 * {@code 018XX W FARGO AVE}; empty when no incident was ever recorded on that block.
	 */
	Optional<BlockPoint> locate(String typedAddress);

	/**
	 * The known block nearest to a point, within about 150 m; empty when none is that
	 * close.
	 */
	Optional<BlockPoint> nearest(double latitude, double longitude);

	/**
	 * Rebuilds the blocks from the incidents now (a job does so when they change).
	 */
	void refresh();

	/**
	 * A block and the mean point of its incidents.
	 */
	record BlockPoint(String block, double latitude, double longitude) {

	}

}
