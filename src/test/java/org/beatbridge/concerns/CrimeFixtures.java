package org.beatbridge.concerns;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Crime incidents planted directly, so that typed block addresses resolve.
 */
public final class CrimeFixtures {

	private CrimeFixtures() {
	}

	public static void incident(JdbcClient jdbc, long id, String block, double latitude, double longitude) {
		jdbc.sql("""
				insert into crime_incidents (id, occurred_at, block, primary_type, updated_on, latitude, longitude,
					category) values (?, now(), ?, 'CRIMINAL DAMAGE', now(), ?, ?, 'vandalism')
				on conflict (id) do nothing""").params(id, block, latitude, longitude).update();
	}

}
