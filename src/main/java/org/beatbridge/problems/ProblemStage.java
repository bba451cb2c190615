package org.beatbridge.problems;

import java.util.EnumSet;
import java.util.Set;

/**
 * The stages of the SARA model. A case moves forward one stage at a time; an assessment
 * that shows the response did not work sends it back to analysis.
 */
public enum ProblemStage {

	SCANNING, ANALYSIS, RESPONSE, ASSESSMENT, CLOSED;

	/** The stages this one may move to, whatever the case holds. */
	public Set<ProblemStage> next() {
		switch (this) {
			case SCANNING:
				return EnumSet.of(ANALYSIS);
			case ANALYSIS:
				return EnumSet.of(RESPONSE);
			case RESPONSE:
				return EnumSet.of(ASSESSMENT);
			case ASSESSMENT:
				return EnumSet.of(CLOSED, ANALYSIS);
			default:
				return EnumSet.noneOf(ProblemStage.class);
		}
	}

	public boolean canMoveTo(ProblemStage target) {
		return next().contains(target);
	}

	public boolean isOpen() {
		return this != CLOSED;
	}

}
