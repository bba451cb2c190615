package org.beatbridge.concerns;

import java.time.Duration;
import java.util.OptionalInt;

import org.beatbridge.shared.web.ApiProblems;
import org.beatbridge.shared.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A client reported more concerns than its limit allows; it may try again after
 * {@link #retryAfter()}.
 */
public final class TooManySubmissions extends ProblemException {

	private final Duration retryAfter;

	private final Integer limitPerHour;

	private TooManySubmissions(Duration retryAfter, Integer limitPerHour) {
		super(problem(retryAfter));
		this.retryAfter = retryAfter;
		this.limitPerHour = limitPerHour;
	}

	private static ProblemDetail problem(Duration retryAfter) {
		long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
		ProblemDetail problem = ApiProblems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-concerns", "Too many concerns",
				"Too many concerns were reported from here. Try again in " + minutes
						+ ((minutes == 1) ? " minute." : " minutes."));
		problem.setProperty("retryAfterSeconds", retryAfter.toSeconds());
		return problem;
	}

	public static TooManySubmissions retryAfter(Duration wait) {
		return new TooManySubmissions(wait.isNegative() ? Duration.ZERO : wait, null);
	}

	/**
	 * Refused by a limit of {@code limitPerHour} reports an hour the client may be told.
	 */
	public static TooManySubmissions retryAfter(Duration wait, int limitPerHour) {
		return new TooManySubmissions(wait.isNegative() ? Duration.ZERO : wait, limitPerHour);
	}

	/** The limit per hour, when the client may be told it. */
	public OptionalInt limitPerHour() {
		return (this.limitPerHour != null) ? OptionalInt.of(this.limitPerHour) : OptionalInt.empty();
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

	/** Whole minutes to wait, at least one: what a person is told. */
	public long retryAfterMinutes() {
		return Math.max(1, (this.retryAfter.toSeconds() + 59) / 60);
	}

}
