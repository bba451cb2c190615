package org.beatbridge.problems.domain;

public enum ActionStatus {

	PLANNED, IN_PROGRESS, DONE, DROPPED;

	/** Still expected to happen. */
	public boolean isPending() {
		return this == PLANNED || this == IN_PROGRESS;
	}

}
