package org.beatbridge.crime.domain;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The portal's timestamps, {@code 01/31/2017 11:05:00 PM}, turned into PostgreSQL's ISO
 * form. Parsed by hand: it runs twice per row of a million-row import.
 */
final class PortalTimestamp {

	private PortalTimestamp() {
	}

	/**
	 * @return {@code 2017-01-31 23:05:00}, or {@code null} when the text is not a valid
	 * portal timestamp
	 */
	static String toIso(String text) {
		String value = text.trim();
		if (value.length() != 22 || value.charAt(2) != '/' || value.charAt(5) != '/' || value.charAt(10) != ' '
				|| value.charAt(13) != ':' || value.charAt(16) != ':' || value.charAt(19) != ' ') {
			return null;
		}
		int month = digits(value, 0, 2);
		int day = digits(value, 3, 5);
		int year = digits(value, 6, 10);
		int hour = digits(value, 11, 13);
		int minute = digits(value, 14, 16);
		int second = digits(value, 17, 19);
		String meridiem = value.substring(20);
		if (month < 0 || day < 0 || year < 0 || hour < 1 || hour > 12 || minute < 0 || minute > 59 || second < 0
				|| second > 59) {
			return null;
		}
		if (meridiem.equalsIgnoreCase("AM")) {
			hour = (hour == 12) ? 0 : hour;
		}
		else if (meridiem.equalsIgnoreCase("PM")) {
			hour = (hour == 12) ? 12 : hour + 12;
		}
		else {
			return null;
		}
		try {
			LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
		StringBuilder iso = new StringBuilder(19);
		iso.append(value, 6, 10).append('-').append(value, 0, 2).append('-').append(value, 3, 5).append(' ');
		pad(iso, hour).append(':').append(value, 14, 16).append(':').append(value, 17, 19);
		return iso.toString();
	}

	private static int digits(String value, int from, int to) {
		int result = 0;
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			result = result * 10 + (c - '0');
		}
		return result;
	}

	private static StringBuilder pad(StringBuilder builder, int twoDigits) {
		if (twoDigits < 10) {
			builder.append('0');
		}
		return builder.append(twoDigits);
	}

}
