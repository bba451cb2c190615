package org.beatbridge.concerns;

import java.time.Instant;

/**
 * A concern moved from one status to another.
 *
 * @param publicUpdate the text residents see with the change, or {@code null}
 * @param actorAccountId who changed it, or {@code null} for BeatBridge itself
 */
public record ConcernStatusChanged(ConcernId id, String category, String beat, String district, ConcernStatus from,
		ConcernStatus to, String publicUpdate, Long actorAccountId, Instant at) {

}
