package org.beatbridge.concerns;

import java.time.Instant;

/**
 * A resident reported a concern. Carries nothing about the reporter.
 */
public record ConcernReported(ConcernId id, String category, String beat, String district, ConcernSource source,
		Instant at) {

}
