package org.beatbridge.problems;

import java.time.Instant;
import java.util.List;

/**
 * A problem case moved to another stage; what residents who raised a linked concern are
 * told about.
 *
 * @param caseId the case
 * @param title its title
 * @param beats its beats
 * @param district its district
 * @param from the stage it left
 * @param to the stage it is in now
 * @param at when
 */
public record ProblemCaseAdvanced(long caseId, String title, List<String> beats, String district, ProblemStage from,
		ProblemStage to, Instant at) {

	public ProblemCaseAdvanced {
		beats = List.copyOf(beats);
	}

}
