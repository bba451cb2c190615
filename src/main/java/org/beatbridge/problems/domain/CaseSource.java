package org.beatbridge.problems.domain;

/**
 * Where a case came from.
 */
public enum CaseSource {

	/** Opened by an officer, supervisor or coordinator on their own initiative. */
	HAND,
	/** Opened from a crime uptick suggestion. */
	UPTICK,
	/** Opened from a priority a beat meeting selected. */
	MEETING,
	/** Opened from a cluster of residents' concerns. */
	CONCERNS;

	public static CaseSource parse(String value) {
		for (CaseSource source : values()) {
			if (source.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
				return source;
			}
		}
		throw new IllegalArgumentException("Unknown case source: " + value);
	}

}
