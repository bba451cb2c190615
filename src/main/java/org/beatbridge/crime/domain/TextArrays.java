package org.beatbridge.crime.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's text form of a one-dimensional {@code TEXT[]} without NULLs
 * ({@code {arson,"drug sales"}}): an element is in double quotes when it holds a
 * delimiter, a space, a quote or a backslash, and inside the quotes a backslash escapes
 * the next character.
 */
final class TextArrays {

	private TextArrays() {
	}

	static List<String> elements(String array) {
		List<String> elements = new ArrayList<>();
		int end = array.length() - 1;
		int i = 1;
		while (i < end) {
			if (array.charAt(i) == '"') {
				StringBuilder element = new StringBuilder();
				i++;
				while (array.charAt(i) != '"') {
					if (array.charAt(i) == '\\') {
						i++;
					}
					element.append(array.charAt(i++));
				}
				elements.add(element.toString());
				i += 2;
			}
			else {
				int comma = array.indexOf(',', i);
				int stop = (comma < 0) ? end : comma;
				elements.add(array.substring(i, stop));
				i = stop + 1;
			}
		}
		return elements;
	}

}
