package org.beatbridge.crime.domain;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The editable IUCR to concern category table, read once per import: a rule for the exact
 * IUCR code wins over the rule of its primary type; anything unmapped is {@code other}.
 */
final class CategoryRules {

	static final String OTHER = "other";

	private final Map<String, String> byType = new HashMap<>();

	private final Map<String, String> byTypeAndIucr = new HashMap<>();

	private CategoryRules() {
	}

	static CategoryRules empty() {
		return new CategoryRules();
	}

	static CategoryRules load(JdbcClient jdbc) {
		CategoryRules rules = new CategoryRules();
		jdbc.sql("select primary_type, iucr, category from crime_category_rules").query((rs, row) -> {
			String type = rs.getString(1);
			String iucr = rs.getString(2);
			if (iucr.isEmpty()) {
				rules.byType.put(type, rs.getString(3));
			}
			else {
				rules.byTypeAndIucr.put(type + '|' + iucr, rs.getString(3));
			}
			return null;
		}).list();
		return rules;
	}

	String categoryOf(String primaryType, String iucr) {
		if (!this.byTypeAndIucr.isEmpty()) {
			String exact = this.byTypeAndIucr.get(primaryType + '|' + iucr);
			if (exact != null) {
				return exact;
			}
		}
		return this.byType.getOrDefault(primaryType, OTHER);
	}

}
