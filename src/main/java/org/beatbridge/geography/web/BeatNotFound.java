package org.beatbridge.geography.web;

import org.beatbridge.shared.web.ApiProblems;
import org.beatbridge.shared.web.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A well-formed beat number that the city does not have.
 */
class BeatNotFound extends ProblemException {

	private BeatNotFound(String beat) {
		super(ApiProblems.of(HttpStatus.NOT_FOUND, "beat-not-found", "Beat not found",
				"The city has no beat " + beat + "."));
		getProblem().setProperty("beat", beat);
	}

	static BeatNotFound forNumber(String beat) {
		return new BeatNotFound(beat);
	}

}
