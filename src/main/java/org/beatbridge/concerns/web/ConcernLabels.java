package org.beatbridge.concerns.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.beatbridge.concerns.ConcernCategory;

/**
 * Category names by code, for lists that show many concerns.
 */
final class ConcernLabels {

	private ConcernLabels() {
	}

	static Map<String, String> categoryNames(List<ConcernCategory> categories) {
		Map<String, String> names = new LinkedHashMap<>();
		categories.forEach((category) -> names.put(category.code(), category.name()));
		return names;
	}

}
