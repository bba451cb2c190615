package org.beatbridge.concerns;

import java.util.List;

/**
 * What a reporter gets back: the concern's id, the tracking token (shown once, the only
 * way back to an anonymous concern) and similar open concerns nearby (without their
 * timelines: {@link Concerns#find} has those).
 */
public record ConcernReceipt(ConcernId id, String trackingToken, String beat, String district,
		List<ConcernView> similarOpenNearby) {

	public ConcernReceipt {
		similarOpenNearby = List.copyOf(similarOpenNearby);
	}

}
