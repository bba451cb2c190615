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

	private final String reason;

	private final Object[] arguments;

	private InvalidMeeting(String field, String reason, String detail, Object... arguments) {
		super(problem(field, detail));
		this.field = field;
		this.reason = reason;
		this.arguments = arguments;
	}

	private static ProblemDetail problem(String field, String detail) {
		ProblemDetail problem = ApiProblems.of(HttpStatus.BAD_REQUEST, "invalid-meeting", "Invalid meeting", detail);
		problem.setProperty("field", field);
		return problem;
	}

	public static InvalidMeeting because(String field, String detail) {
		return new InvalidMeeting(field, "invalid", detail);
	}

	/** A series that would meet at the same time as another series of the same beat. */
	public static InvalidMeeting overlaps(String otherTitle, String otherBeats, String date, String time) {
		return new InvalidMeeting("recurrence", "overlap",
				"This series overlaps the series \"" + otherTitle + "\" of beat " + otherBeats + " on " + date + " at "
						+ time + ". Change the rule or the time, or edit that series instead.",
				otherTitle, otherBeats, date, time);
	}

	public String field() {
		return this.field;
	}

	/**
	 * A short code for pages to find a translated message: {@code invalid} or
	 * {@code overlap}.
	 */
	public String reason() {
		return this.reason;
	}

	/** What a translated message fills in. */
	public Object[] arguments() {
		return this.arguments.clone();
	}

}
