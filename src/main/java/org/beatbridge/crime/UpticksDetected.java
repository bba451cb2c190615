package org.beatbridge.crime;

import java.util.List;

/**
 * The upticks one import (or recomputation) found that were not there before, announced
 * together in its transaction: a large import can find thousands, and one publication
 * each cost more than storing them (decision 0411).
 *
 * @param upticks the new upticks, at least one
 */
public record UpticksDetected(List<UptickDetected> upticks) {

	public UpticksDetected {
		upticks = List.copyOf(upticks);
	}

}
