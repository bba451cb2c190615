package org.beatbridge.concerns;

import org.beatbridge.shared.web.ApiProblems;
import org.beatbridge.shared.web.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * No concern has the given id (or tracking token).
 */
public final class ConcernNotFound extends ProblemException {

	private ConcernNotFound(String detail) {
		super(ApiProblems.of(HttpStatus.NOT_FOUND, "concern-not-found", "Concern not found", detail));
	}

	public static ConcernNotFound forId(ConcernId id) {
		return new ConcernNotFound("There is no concern " + id + ".");
	}

}
