package org.beatbridge.crime.domain;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for NULL,
 * backslash escapes for the characters that would break a row.
 */
final class StagingWriter {

	private final Writer out;

	StagingWriter(Writer out) {
		this.out = out;
	}

	void write(long line, String[] values) throws IOException {
		this.out.write(Long.toString(line));
		for (String value : values) {
			this.out.write('\t');
			if (value == null) {
				this.out.write("\\N");
			}
			else {
				writeEscaped(value);
			}
		}
		this.out.write('\n');
	}

	private void writeEscaped(String value) throws IOException {
		int clean = 0;
		int length = value.length();
		while (clean < length && isPlain(value.charAt(clean))) {
			clean++;
		}
		if (clean == length) {
			this.out.write(value);
			return;
		}
		this.out.write(value, 0, clean);
		for (int i = clean; i < length; i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> this.out.write("\\\\");
				case '\t' -> this.out.write("\\t");
				case '\n' -> this.out.write("\\n");
				case '\r' -> this.out.write("\\r");
				default -> this.out.write(c);
			}
		}
	}

	private static boolean isPlain(char c) {
		return c != '\\' && c != '\t' && c != '\n' && c != '\r';
	}

}
