package org.beatbridge.concerns;

import java.time.Instant;
import java.util.List;

import org.beatbridge.geography.BlockLevel;

/**
 * Several open concerns of one category reported near each other recently: one problem
 * residents keep raising, which may deserve a problem-solving case. Public facts only.
 *
 * @param category the concerns' category code
 * @param beats the beats the concerns are in, most concerns first
 * @param district their district
 * @param blockAddress the block of the most recent concern, or {@code null}
 * @param centre the middle of the concerns, snapped to a block-sized grid
 * @param concerns the concerns, newest first
 * @param supporters how many "me too"s they have together
 * @param firstReportedAt the oldest concern's report time
 * @param lastReportedAt the newest concern's report time
 */
public record ConcernCluster(String category, List<String> beats, String district, String blockAddress,
		BlockLevel.Point centre, List<ConcernId> concerns, int supporters, Instant firstReportedAt,
		Instant lastReportedAt) {

	public ConcernCluster {
		beats = List.copyOf(beats);
		concerns = List.copyOf(concerns);
	}

	/** How many concerns the cluster holds. */
	public int size() {
		return this.concerns.size();
	}

}
