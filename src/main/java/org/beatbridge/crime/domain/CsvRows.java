package org.beatbridge.crime.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits CSV text into rows of fields (RFC 4180: fields in double quotes may hold commas,
 * doubled quotes and line breaks; empty lines are skipped). Written for the import: a
 * general parser builds each field character by character and was as slow as the
 * database's own COPY. It splits the UTF-8 bytes themselves (a comma, quote or line break
 * is never part of a multi-byte character) and decodes only each field: decoding the
 * whole text to characters first, then compressing each field's characters back into a
 * Latin-1 string, took a sixth of the reader's time (decision 0412).
 */
final class CsvRows {

	private static final int BUFFER = 1 << 16;

	private final InputStream in;

	private byte[] buffer = new byte[BUFFER];

	private int position;

	private int limit;

	/** The unquoted bytes of a quoted field. */
	private byte[] quoted = new byte[64];

	private int quotedLength;

	/** Line breaks read so far: the line of the next row is this plus one. */
	private long lineBreaks;

	private long rowLine;

	/**
	 * @param in UTF-8 text
	 */
	CsvRows(InputStream in) {
		this.in = in;
	}

	/**
	 * Reads the next row into {@code fields}; fields beyond its length are counted but
	 * not kept.
	 * @return the number of fields of the row, or -1 at the end of the text
	 * @throws IOException when the text cannot be read or ends inside a quoted field
	 */
	int next(String[] fields) throws IOException {
		if (!skipEmptyLines()) {
			return -1;
		}
		this.rowLine = this.lineBreaks + 1;
		int count = 0;
		while (true) {
			String field = field();
			if (count < fields.length) {
				fields[count] = field;
			}
			count++;
			if (this.position >= this.limit && !fill()) {
				return count;
			}
			byte ended = this.buffer[this.position++];
			if (ended != ',') {
				endLine(ended);
				return count;
			}
		}
	}

	/** The line (1 for the header) on which the row {@link #next} read starts. */
	long rowLine() {
		return this.rowLine;
	}

	/** Reads up to, not including, the comma or line break that ends a field. */
	private String field() throws IOException {
		if (this.position >= this.limit && !fill()) {
			return "";
		}
		if (this.buffer[this.position] == '"') {
			this.position++;
			return quotedField();
		}
		int start = this.position;
		while (true) {
			while (this.position < this.limit) {
				byte c = this.buffer[this.position];
				if (c == ',' || c == '\n' || c == '\r') {
					return new String(this.buffer, start, this.position - start, StandardCharsets.UTF_8);
				}
				this.position++;
			}
			// the field runs past the buffer: keep its start and read more
			int kept = this.position - start;
			compact(start);
			start = 0;
			if (!readMore()) {
				return new String(this.buffer, 0, kept, StandardCharsets.UTF_8);
			}
		}
	}

	private String quotedField() throws IOException {
		this.quotedLength = 0;
		while (true) {
			if (this.position >= this.limit && !fill()) {
				throw new IOException("the file ends inside a quoted field begun on line " + this.rowLine);
			}
			byte c = this.buffer[this.position++];
			if (c == '"') {
				if (this.position >= this.limit && !fill()) {
					return quoted();
				}
				if (this.buffer[this.position] != '"') {
					break;
				}
				this.position++;
			}
			else if (c == '\n') {
				this.lineBreaks++;
			}
			keepQuoted(c);
		}
		// anything between the closing quote and the next comma is kept as it is
		while (this.position < this.limit || fill()) {
			byte c = this.buffer[this.position];
			if (c == ',' || c == '\n' || c == '\r') {
				break;
			}
			keepQuoted(c);
			this.position++;
		}
		return quoted();
	}

	private void keepQuoted(byte c) {
		if (this.quotedLength == this.quoted.length) {
			this.quoted = Arrays.copyOf(this.quoted, this.quoted.length * 2);
		}
		this.quoted[this.quotedLength++] = c;
	}

	private String quoted() {
		return new String(this.quoted, 0, this.quotedLength, StandardCharsets.UTF_8);
	}

	private boolean skipEmptyLines() throws IOException {
		while (true) {
			if (this.position >= this.limit && !fill()) {
				return false;
			}
			byte c = this.buffer[this.position];
			if (c != '\n' && c != '\r') {
				return true;
			}
			this.position++;
			endLine(c);
		}
	}

	/** Counts a line break; {@code \r\n} is one. */
	private void endLine(byte ended) throws IOException {
		this.lineBreaks++;
		if (ended == '\r' && (this.position < this.limit || fill()) && this.buffer[this.position] == '\n') {
			this.position++;
		}
	}

	/** Moves the text from {@code from} on to the start of the buffer. */
	private void compact(int from) {
		int kept = this.limit - from;
		System.arraycopy(this.buffer, from, this.buffer, 0, kept);
		this.position -= from;
		this.limit = kept;
	}

	/** Reads more text once the buffer is used up; false at the end. */
	private boolean fill() throws IOException {
		this.position = 0;
		this.limit = 0;
		return readMore();
	}

	/** Reads more text after what the buffer holds (a field longer than it grows it). */
	private boolean readMore() throws IOException {
		if (this.limit == this.buffer.length) {
			byte[] larger = new byte[this.buffer.length * 2];
			System.arraycopy(this.buffer, 0, larger, 0, this.limit);
			this.buffer = larger;
		}
		int read = this.in.read(this.buffer, this.limit, this.buffer.length - this.limit);
		if (read <= 0) {
			return false;
		}
		this.limit += read;
		return true;
	}

}
