package org.beatbridge.problems;

import java.util.List;

/**
 * Something that may deserve a problem case: offered to the beat's officers, who decide
 * whether to open one. Suggesting the same source reference twice updates the suggestion.
 *
 * @param source {@code UPTICK}, {@code MEETING} or {@code CONCERNS}
 * @param sourceReference what identifies it at its source (a meeting's priority id, an
 * uptick's beat, category and first week)
 * @param beats the beats concerned, four digits; all in one district
 * @param category a crime category the problem is about, or {@code null}
 * @param title a short title
 * @param detail what the source says about it, or {@code null}
 */
public record SuggestedProblem(String source, String sourceReference, List<String> beats, String category, String title,
		String detail) {

	public SuggestedProblem {
		beats = List.copyOf(beats);
	}

}
