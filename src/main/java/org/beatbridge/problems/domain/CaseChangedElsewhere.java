package org.beatbridge.problems.domain;

/**
 * Someone else saved the case since this edit started: the edit is refused rather than
 * silently overwriting theirs.
 */
public final class CaseChangedElsewhere extends RuntimeException {

	private final long caseId;

	private CaseChangedElsewhere(long caseId) {
		super("Someone else changed case " + caseId
				+ " since you opened it. Reload the case and make your change again.");
		this.caseId = caseId;
	}

	public static CaseChangedElsewhere of(long caseId) {
		return new CaseChangedElsewhere(caseId);
	}

	public long caseId() {
		return this.caseId;
	}

}
