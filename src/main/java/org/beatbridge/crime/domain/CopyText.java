package org.beatbridge.crime.domain;

/**
 * Rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for NULL, backslash
 * escapes for the characters that would break a row.
 */
final class CopyText {

	private CopyText() {
	}

	static String row(String... values) {
		StringBuilder row = new StringBuilder(256);
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				row.append('\t');
			}
			String value = values[i];
			if (value == null) {
				row.append("\\N");
			}
			else {
				append(row, value);
			}
		}
		return row.append('\n').toString();
	}

	/** Appends a value (not NULL), escaped. */
	static void append(StringBuilder row, String value) {
		int plain = 0;
		while (plain < value.length() && !needsEscape(value.charAt(plain))) {
			plain++;
		}
		if (plain == value.length()) {
			row.append(value);
			return;
		}
		row.append(value, 0, plain);
		for (int i = plain; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> row.append("\\\\");
				case '\t' -> row.append("\\t");
				case '\n' -> row.append("\\n");
				case '\r' -> row.append("\\r");
				default -> row.append(c);
			}
		}
	}

	private static boolean needsEscape(char c) {
		return c == '\\' || c == '\t' || c == '\n' || c == '\r';
	}

}
