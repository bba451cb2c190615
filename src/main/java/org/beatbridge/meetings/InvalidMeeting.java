package org.beatbridge.meetings;

import org.beatbridge.shared.web.ApiProblems;
import org.beatbridge.shared.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A meeting that cannot be saved as given; names the field at fault.
 */
public final class InvalidMeeting extends ProblemException {

	private final String field;

	private InvalidMeeting(String field, String detail) {
		super(problem(field, detail));
		this.field = field;
	}

	private static ProblemDetail problem(String field, String detail) {
		ProblemDetail problem = ApiProblems.of(HttpStatus.BAD_REQUEST, "invalid-meeting", "Invalid meeting", detail);
		problem.setProperty("field", field);
		return problem;
	}

	public static InvalidMeeting because(String field, String detail) {
		return new InvalidMeeting(field, detail);
	}

	public String field() {
		return this.field;
	}

}
