package org.beatbridge.problems.web;

import org.beatbridge.shared.web.ApiProblems;
import org.beatbridge.shared.web.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The API was asked about a beat that does not exist.
 */
final class UnknownBeat extends ProblemException {

	private UnknownBeat(String beat) {
		super(ApiProblems.of(HttpStatus.NOT_FOUND, "beat-not-found", "Beat not found",
				"There is no beat '" + beat + "'."));
		getProblem().setProperty("beat", beat);
	}

	static UnknownBeat of(String beat) {
		return new UnknownBeat(beat);
	}

}
