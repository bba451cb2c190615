package org.beatbridge.concerns;

import java.util.List;

/**
 * An extra question a category asks (Open311 attribute).
 *
 * @param code the attribute code ({@code "vehicle-description"})
 * @param datatype how it is answered
 * @param name the question, in the requested language
 * @param hint help for answering it, possibly empty
 * @param values the choices, for list datatypes
 */
public record CategoryAttribute(String code, Datatype datatype, boolean required, String name, String hint, int order,
		List<Choice> values) {

	public CategoryAttribute {
		values = List.copyOf(values);
	}

	/**
	 * Open311's attribute datatypes.
	 */
	public enum Datatype {

		STRING, TEXT, NUMBER, DATETIME, SINGLEVALUELIST, MULTIVALUELIST

	}

	/**
	 * One choice of a list attribute.
	 */
	public record Choice(String key, String name) {

	}

}
