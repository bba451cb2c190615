package org.beatbridge.crime.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Rows of {@code crime_incidents} in PostgreSQL's binary COPY format, made on the reader
 * thread: the server then copies numbers and times instead of parsing them from text,
 * which leaves it more of the machine's two cores (decision 0406).
 */
final class BinaryCopy {

	/** Signature, flags and header extension length. */
	static final byte[] HEADER = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0,
			0 };

	static final byte[] TRAILER = { (byte) 0xFF, (byte) 0xFF };

	private static final char TEXT = 't';

	private static final char BIGINT = 'l';

	private static final char SMALLINT = 's';

	private static final char INTEGER = 'i';

	private static final char BOOLEAN = 'b';

	private static final char TIMESTAMP = 'T';

	private static final char DOUBLE = 'd';

	/** The types of {@link ImportBatch#COLUMNS}, in order. */
	private static final String TYPES = "ltTtttttbbttsstiisTddtttt";

	private byte[] bytes = new byte[512];

	private int length;

	/**
	 * Encodes a row in this encoder's buffer (an encoder serves one thread) and returns a
	 * copy of the encoded row.
	 * @param values the checked row ({@link PortalRowConverter#convert}): booleans as
	 * {@code t}/{@code f}, {@code null} for NULL
	 * @param numbers the row's numbers and times as the check parsed them
	 */
	byte[] encoded(String[] values, long[] numbers) {
		this.length = 0;
		return encode(values, numbers);
	}

	static int columns() {
		return TYPES.length();
	}

	private byte[] encode(String[] values, long[] numbers) {
		int16(TYPES.length());
		for (int i = 0; i < TYPES.length(); i++) {
			String value = values[i];
			if (value == null) {
				int32(-1);
				continue;
			}
			switch (TYPES.charAt(i)) {
				case BIGINT -> {
					int32(8);
					int64(numbers[i]);
				}
				case SMALLINT -> {
					int32(2);
					int16((int) numbers[i]);
				}
				case INTEGER -> {
					int32(4);
					int32((int) numbers[i]);
				}
				case BOOLEAN -> {
					int32(1);
					ensure(1);
					this.bytes[this.length++] = (byte) (("t".equals(value)) ? 1 : 0);
				}
				case TIMESTAMP, DOUBLE -> {
					int32(8);
					int64(numbers[i]);
				}
				default -> {
					byte[] text = value.getBytes(StandardCharsets.UTF_8);
					int32(text.length);
					ensure(text.length);
					System.arraycopy(text, 0, this.bytes, this.length, text.length);
					this.length += text.length;
				}
			}
		}
		return Arrays.copyOf(this.bytes, this.length);
	}

	private void int16(int value) {
		ensure(2);
		this.bytes[this.length++] = (byte) (value >>> 8);
		this.bytes[this.length++] = (byte) value;
	}

	private void int32(int value) {
		ensure(4);
		this.bytes[this.length++] = (byte) (value >>> 24);
		this.bytes[this.length++] = (byte) (value >>> 16);
		this.bytes[this.length++] = (byte) (value >>> 8);
		this.bytes[this.length++] = (byte) value;
	}

	private void int64(long value) {
		int32((int) (value >>> 32));
		int32((int) value);
	}

	private void ensure(int more) {
		if (this.length + more > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.length + more));
		}
	}

}
