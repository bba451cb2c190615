package org.beatbridge.shared.web;

import org.springframework.http.ProblemDetail;

/**
 * An error that already knows the problem details it leaves the API with. Modules extend
 * it with static factories ({@code BeatNotFound.forNumber("1713")}).
 */
public class ProblemException extends RuntimeException {

	private final transient ProblemDetail problem;

	public ProblemException(ProblemDetail problem) {
		super(problem.getDetail());
		this.problem = problem;
	}

	public ProblemDetail getProblem() {
		return this.problem;
	}

}
