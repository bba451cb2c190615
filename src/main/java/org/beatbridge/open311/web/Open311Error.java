package org.beatbridge.open311.web;

import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * An error answered in GeoReport v2's format ({@code [{"code":..,"description":..}]} or
 * {@code <errors><error>..}), in the format the request asked for.
 */
final class Open311Error extends RuntimeException {

	private final HttpStatus status;

	private final Open311Format format;

	private final List<String> descriptions;

	private final Duration retryAfter;

	private Open311Error(HttpStatus status, Open311Format format, List<String> descriptions, Duration retryAfter) {
		super(status + ": " + String.join(" ", descriptions), null, false, false);
		this.status = status;
		this.format = format;
		this.descriptions = List.copyOf(descriptions);
		this.retryAfter = retryAfter;
	}

	static Open311Error badRequest(Open311Format format, String description) {
		return new Open311Error(HttpStatus.BAD_REQUEST, format, List.of(description), null);
	}

	static Open311Error badRequest(Open311Format format, List<String> descriptions) {
		return new Open311Error(HttpStatus.BAD_REQUEST, format, descriptions, null);
	}

	static Open311Error forbidden(Open311Format format, String description) {
		return new Open311Error(HttpStatus.FORBIDDEN, format, List.of(description), null);
	}

	static Open311Error notFound(Open311Format format, String description) {
		return new Open311Error(HttpStatus.NOT_FOUND, format, List.of(description), null);
	}

	static Open311Error tooManyRequests(Open311Format format, String description, Duration retryAfter) {
		return new Open311Error(HttpStatus.TOO_MANY_REQUESTS, format, List.of(description), retryAfter);
	}

	static Open311Error of(HttpStatus status, Open311Format format, String description) {
		return new Open311Error(status, format, List.of(description), null);
	}

	HttpStatus status() {
		return this.status;
	}

	Open311Format format() {
		return this.format;
	}

	List<String> descriptions() {
		return this.descriptions;
	}

	/** How long a rate-limited client should wait, or {@code null}. */
	Duration retryAfter() {
		return this.retryAfter;
	}

}
