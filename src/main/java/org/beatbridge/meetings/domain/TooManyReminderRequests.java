package org.beatbridge.meetings.domain;

import java.time.Duration;

import org.beatbridge.shared.web.ApiProblems;
import org.beatbridge.shared.web.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A client asked for more email reminders than its limit allows (each sends a
 * confirmation email); it may try again after {@link #retryAfter()}.
 */
public final class TooManyReminderRequests extends ProblemException {

	private final Duration retryAfter;

	private TooManyReminderRequests(Duration retryAfter) {
		super(ApiProblems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-reminder-requests", "Too many reminder requests",
				"Too many reminder requests came from here. Try again in " + minutes(retryAfter) + " minutes."));
		this.retryAfter = retryAfter;
	}

	static TooManyReminderRequests retryAfter(Duration wait) {
		return new TooManyReminderRequests(wait.isNegative() ? Duration.ZERO : wait);
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
