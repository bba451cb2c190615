package org.beatbridge.concerns;

import java.util.List;

/**
 * A kind of concern residents can report, in one language.
 *
 * @param code stable code, the Open311 {@code service_code} ({@code "drug-sales"}); equal
 * to the crime category code where the two overlap
 * @param group code of the group it is listed under ({@code crime}, {@code disorder},
 * {@code property}, {@code traffic}, {@code other})
 * @param crimeCategory the crime category whose incidents relate to it, or {@code null}
 * @param attributes the extra questions the category asks, in order; empty for most
 */
public record ConcernCategory(String code, String name, String description, String group, String crimeCategory,
		List<CategoryAttribute> attributes) {

	public ConcernCategory {
		attributes = List.copyOf(attributes);
	}

}
