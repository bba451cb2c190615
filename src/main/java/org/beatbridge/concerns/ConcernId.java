package org.beatbridge.concerns;

import java.util.Optional;

/**
 * Identifies a concern; its string form is a plain number ({@code "1042"}), as Open311
 * clients expect a service request id.
 */
public record ConcernId(long value) {

	/**
	 * The id written as {@code text}; empty when it is not a positive number.
	 */
	public static Optional<ConcernId> parse(String text) {
		if (text == null || !text.strip().matches("\\d{1,18}")) {
			return Optional.empty();
		}
		long value = Long.parseLong(text.strip());
		return (value > 0) ? Optional.of(new ConcernId(value)) : Optional.empty();
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
