package org.beatbridge.identity;

import java.util.List;

/**
 * Where a sworn officer serves.
 *
 * @param starNumber the officer's star (badge) number
 * @param district the district number (1 to 31 in Chicago), may be {@code null}
 * @param beats the 4-digit beat numbers the officer is assigned to, in order
 */
public record OfficerAssignment(String starNumber, Integer district, List<String> beats) {

	public OfficerAssignment {
		beats = (beats != null) ? List.copyOf(beats) : List.of();
	}

}
