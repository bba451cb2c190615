package org.beatbridge.concerns;

import org.beatbridge.shared.web.ApiProblems;
import org.beatbridge.shared.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A change the concern's rules do not allow: a transition its status does not lead to, a
 * "me too" on a closed concern, a change by somebody who is not staff.
 */
public final class ConcernChangeRefused extends ProblemException {

	private ConcernChangeRefused(ProblemDetail problem) {
		super(problem);
	}

	public static ConcernChangeRefused illegalTransition(ConcernId id, ConcernStatus from, ConcernStatus to) {
		ProblemDetail problem = ApiProblems.of(HttpStatus.CONFLICT, "illegal-concern-transition",
				"Illegal status change", "Concern " + id + " is " + from + " and cannot become " + to + "; from " + from
						+ " it can become " + from.successors() + ".");
		problem.setProperty("status", from.name());
		problem.setProperty("allowed", from.successors().stream().map(Enum::name).toList());
		return new ConcernChangeRefused(problem);
	}

	public static ConcernChangeRefused closed(ConcernId id, ConcernStatus status) {
		return new ConcernChangeRefused(ApiProblems.of(HttpStatus.CONFLICT, "concern-closed", "Concern closed",
				"Concern " + id + " is " + status + "; it can no longer be supported."));
	}

	public static ConcernChangeRefused notStaff(Actor actor) {
		return new ConcernChangeRefused(ApiProblems.of(HttpStatus.FORBIDDEN, "not-staff", "Not allowed",
				"Only beat officers, supervisors, coordinators and administrators change a concern (" + actor.role()
						+ " does not)."));
	}

	public static ConcernChangeRefused updateTooLong(int max) {
		ProblemDetail problem = ApiProblems.of(HttpStatus.BAD_REQUEST, "invalid-concern", "Invalid concern",
				"A public update is at most " + max + " characters.");
		problem.setProperty("field", "publicUpdate");
		return new ConcernChangeRefused(problem);
	}

}
