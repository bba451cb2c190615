package org.beatbridge.concerns;

import java.time.Duration;

import org.beatbridge.shared.web.ApiProblems;
import org.beatbridge.shared.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A client said "me too" more often than its limit allows; it may try again after
 * {@link #retryAfter()}.
 */
public final class TooManySupports extends ProblemException {

	private final Duration retryAfter;

	private TooManySupports(Duration retryAfter) {
		super(problem(retryAfter));
		this.retryAfter = retryAfter;
	}

	private static ProblemDetail problem(Duration retryAfter) {
		long minutes = minutes(retryAfter);
		ProblemDetail problem = ApiProblems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-me-toos", "Too many \"me too\"",
				"Too many \"me too\" were sent from here. Try again in " + minutes
						+ ((minutes == 1) ? " minute." : " minutes."));
		problem.setProperty("retryAfterSeconds", retryAfter.toSeconds());
		return problem;
	}

	public static TooManySupports retryAfter(Duration wait) {
		return new TooManySupports(wait.isNegative() ? Duration.ZERO : wait);
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

	/** Whole minutes to wait, at least one: what a person is told. */
	public long retryAfterMinutes() {
		return minutes(this.retryAfter);
	}

	private static long minutes(Duration wait) {
		return Math.max(1, (wait.toSeconds() + 59) / 60);
	}

}
