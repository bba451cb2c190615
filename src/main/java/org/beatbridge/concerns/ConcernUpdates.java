package org.beatbridge.concerns;

import java.util.Locale;
import java.util.function.Function;

/**
 * Lets other modules tell the people behind a concern about work done elsewhere (a
 * problem-solving case that moved on). The update is written in the language the concern
 * was reported in, shown on its public timeline and tracking page, and sent to the
 * reporter like any update staff post ("news about your concern").
 */
public interface ConcernUpdates {

	/**
	 * Adds a public update to the concern without changing its status.
	 * @param wording the update in a given language; asked once, for the concern's
	 * language
	 * @param who staff or {@link Actor#system()}
	 * @throws ConcernNotFound when there is no such concern
	 * @throws ConcernChangeRefused when the actor is not staff or the text is too long
	 */
	ConcernView post(ConcernId id, Function<Locale, String> wording, Actor who);

}
