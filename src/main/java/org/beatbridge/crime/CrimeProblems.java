package org.beatbridge.crime;

import org.beatbridge.shared.web.ApiProblems;
import org.beatbridge.shared.web.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * Errors of the crime API, as problem details.
 */
public final class CrimeProblems extends ProblemException {

	private CrimeProblems(org.springframework.http.ProblemDetail problem) {
		super(problem);
	}

	public static CrimeProblems unknownBeat(String beat) {
		var problem = ApiProblems.of(HttpStatus.NOT_FOUND, "beat-not-found", "Beat not found",
				"There is no beat '" + beat + "'.");
		problem.setProperty("beat", beat);
		return new CrimeProblems(problem);
	}

	public static CrimeProblems invalidParameter(String parameter, String detail) {
		return new CrimeProblems(ApiProblems.invalidParameter(parameter, detail));
	}

}
