package org.beatbridge.crime.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class CsvRowsTests {

	@Test
	void splitsPlainAndQuotedFields() throws IOException {
		assertThat(rows("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n")).containsExactly("1:[a, b, c]",
				"2:[1, x, y, say \"hi\"]");
	}

	@Test
	void keepsEmptyFieldsAndCountsThem() throws IOException {
		assertThat(rows(",,\na,\n")).containsExactly("1:[, , ]", "2:[a, ]");
	}

	@Test
	void numbersRowsByTheirFirstLineAcrossQuotedLineBreaksAndEmptyLines() throws IOException {
		assertThat(rows("h1,h2\r\n\"two\nlines\",b\r\n\r\nlast,row")).containsExactly("1:[h1, h2]", "2:[two\nlines, b]",
				"5:[last, row]");
	}

	@Test
	void readsFieldsLongerThanItsBuffer() throws IOException {
		String longField = "x".repeat(200_000);
		assertThat(rows("a," + longField + "\nb,c\n")).containsExactly("1:[a, " + longField + "]", "2:[b, c]");
	}

	@Test
	void countsTheFieldsItCannotKeep() throws IOException {
		CsvRows rows = new CsvRows(utf8("a,b,c,d\n"));
		String[] fields = new String[2];

		assertThat(rows.next(fields)).isEqualTo(4);
		assertThat(fields).containsExactly("a", "b");
	}

	@Test
	void refusesTextThatEndsInsideAQuotedField() {
		CsvRows rows = new CsvRows(utf8("a,\"never closed\n"));

		assertThatIOException().isThrownBy(() -> rows.next(new String[4])).withMessageContaining("line 1");
	}

	@Test
	void decodesEachFieldAsUtf8() throws IOException {
		assertThat(rows("caf\u00e9,\"\u00f1and\u00fa, \u201cquoted\u201d\"\n\u6771,\u00e9" + "x".repeat(70_000) + "\n"))
			.containsExactly("1:[caf\u00e9, \u00f1and\u00fa, \u201cquoted\u201d]",
					"2:[\u6771, \u00e9" + "x".repeat(70_000) + "]");
	}

	@Test
	void readsAMultiByteCharacterSplitAcrossItsBuffer() throws IOException {
		// "a," and 65,533 x fill the 64 KiB buffer but one byte: the two bytes of the e
		// with an acute accent straddle its end
		String field = "x".repeat(65_533) + "\u00e9";

		assertThat(rows("a," + field + ",b\n")).containsExactly("1:[a, " + field + ", b]");
	}

	private static InputStream utf8(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> rows(String text) throws IOException {
		CsvRows rows = new CsvRows(utf8(text));
		List<String> read = new ArrayList<>();
		String[] fields = new String[8];
		for (int size = rows.next(fields); size >= 0; size = rows.next(fields)) {
			read.add(rows.rowLine() + ":" + Arrays.toString(Arrays.copyOf(fields, size)));
		}
		return read;
	}

}
