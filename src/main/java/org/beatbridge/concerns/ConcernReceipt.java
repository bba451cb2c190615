package org.beatbridge.concerns;

import java.util.List;

/**
 * What a reporter gets back: the concern's id, the tracking token (shown once, the only
 * way back to an anonymous concern) and the ids of similar open concerns nearby, nearest
 * first ({@link Concerns#find} has the rest of them).
 */
public record ConcernReceipt(ConcernId id, String trackingToken, String beat, String district,
		List<ConcernId> similarOpenNearby) {

	public ConcernReceipt {
		similarOpenNearby = List.copyOf(similarOpenNearby);
	}

}
