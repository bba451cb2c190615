package org.beatbridge.geography.domain;

import java.util.Optional;

/**
 * Beat numbers as people and files write them: {@code "825"}, {@code "0825"} and
 * {@code " 0825 "} all mean beat 0825.
 */
public final class BeatNumbers {

	private BeatNumbers() {
	}

	/**
	 * The 4-digit beat number, or empty when the text is not 3 or 4 digits.
	 */
	public static Optional<String> normalise(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String digits = text.strip();
		if (!digits.matches("\\d{3,4}")) {
			return Optional.empty();
		}
		return Optional.of((digits.length() == 3) ? "0" + digits : digits);
	}

}
