package org.beatbridge.crime.domain;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The portal's timestamps, {@code 01/31/2017 11:05:00 PM}, turned into PostgreSQL's
 * binary form. Parsed by hand, once: it runs twice per row of a million-row import.
 */
final class PortalTimestamp {

	private PortalTimestamp() {
	}

	/** What {@link #toMicros} returns for a text that is not a valid portal timestamp. */
	static final long INVALID = Long.MIN_VALUE;

	/** 2000-01-01, PostgreSQL's epoch, as a day of 1970's. */
	static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

	/**
	 * @return the wall-clock time as PostgreSQL's binary {@code timestamp}: microseconds
	 * since 2000-01-01 00:00; {@link #INVALID} when the text is not a valid portal
	 * timestamp
	 */
	static long toMicros(String text) {
		String value = text.trim();
		if (value.length() != 22 || value.charAt(2) != '/' || value.charAt(5) != '/' || value.charAt(10) != ' '
				|| value.charAt(13) != ':' || value.charAt(16) != ':' || value.charAt(19) != ' ') {
			return INVALID;
		}
		int month = digits(value, 0, 2);
		int day = digits(value, 3, 5);
		int year = digits(value, 6, 10);
		int hour = digits(value, 11, 13);
		int minute = digits(value, 14, 16);
		int second = digits(value, 17, 19);
		if (month < 0 || day < 0 || year < 0 || hour < 1 || hour > 12 || minute < 0 || minute > 59 || second < 0
				|| second > 59) {
			return INVALID;
		}
		char m = value.charAt(20);
		char end = value.charAt(21);
		if (end != 'M' && end != 'm') {
			return INVALID;
		}
		if (m == 'A' || m == 'a') {
			hour = (hour == 12) ? 0 : hour;
		}
		else if (m == 'P' || m == 'p') {
			hour = (hour == 12) ? 12 : hour + 12;
		}
		else {
			return INVALID;
		}
		long epochDay;
		try {
			epochDay = LocalDate.of(year, month, day).toEpochDay();
		}
		catch (DateTimeException ex) {
			return INVALID;
		}
		long seconds = hour * 3600L + minute * 60L + second;
		return ((epochDay - POSTGRES_EPOCH_DAY) * 86_400L + seconds) * 1_000_000L;
	}

	/** The Monday of the week of a time from {@link #toMicros}. */
	static LocalDate mondayOf(long micros) {
		long epochDay = Math.floorDiv(micros, 86_400_000_000L) + POSTGRES_EPOCH_DAY;
		// 1970-01-01 was a Thursday, three days after a Monday
		return LocalDate.ofEpochDay(epochDay - Math.floorMod(epochDay + 3, 7));
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

}
