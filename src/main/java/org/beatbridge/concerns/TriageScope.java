package org.beatbridge.concerns;

import java.util.List;

/**
 * Which concerns a staff member may triage: one district (officers and supervisors, by
 * their assignment) or the whole city (coordinators and administrators, who have no
 * district).
 *
 * @param accountId the staff member
 * @param district the district number ({@code 17}), or {@code null} for the whole city
 * @param beats the officer's own beats, what their queue shows first; empty for others
 */
public record TriageScope(long accountId, Integer district, List<String> beats) {

	public TriageScope {
		beats = (beats != null) ? List.copyOf(beats) : List.of();
	}

	public boolean citywide() {
		return this.district == null;
	}

	/**
	 * Whether a concern of this district is in scope.
	 * @param concernDistrict as stored with the concern ({@code "17"})
	 */
	public boolean covers(String concernDistrict) {
		if (citywide()) {
			return true;
		}
		try {
			return concernDistrict != null && Integer.parseInt(concernDistrict.strip()) == this.district;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
