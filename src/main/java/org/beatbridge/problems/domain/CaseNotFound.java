package org.beatbridge.problems.domain;

public final class CaseNotFound extends RuntimeException {

	private CaseNotFound(long id) {
		super("There is no problem case " + id + ".");
	}

	public static CaseNotFound of(long id) {
		return new CaseNotFound(id);
	}

}
