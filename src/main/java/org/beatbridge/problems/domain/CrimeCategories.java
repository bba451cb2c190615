package org.beatbridge.problems.domain;

import java.util.List;
import java.util.Set;

/**
 * The crime categories a case can be about (the crime module's concern categories) and
 * which of them count as violence for a district plan.
 */
public final class CrimeCategories {

	public static final List<String> ALL = List.of("arson", "assault", "burglary", "disorder", "drug-possession",
			"drug-sales", "fraud", "gambling", "harassment", "homicide", "human-trafficking", "kidnapping", "liquor",
			"offense-involving-children", "other", "prostitution", "robbery", "sex-offense", "sexual-assault", "theft",
			"trespassing", "vandalism", "vehicle-theft", "weapons");

	/**
	 * Violence reduction priorities in CPD district plans: crimes against persons and
	 * guns.
	 */
	private static final Set<String> VIOLENT = Set.of("assault", "homicide", "human-trafficking", "kidnapping",
			"robbery", "sexual-assault", "weapons");

	private CrimeCategories() {
	}

	public static boolean isKnown(String category) {
		return ALL.contains(category);
	}

	public static boolean isViolent(String category) {
		return VIOLENT.contains(category);
	}

}
