package org.beatbridge.concerns;

import java.time.Instant;
import java.util.List;

/**
 * A concern as staff see it: the public view plus what is kept from the public (the
 * original description, the exact point, who reported it and how to reach them) and the
 * full history with who made each change. Never for public pages or APIs.
 *
 * @param reporterAccountId the reporter's account, {@code null} when anonymous or signed
 * out
 * @param contact how to reach the reporter; {@link Contact#NONE} when anonymous
 * @param history every transition, oldest first, the report itself first
 */
public record StaffConcernView(ConcernView concern, String originalDescription, double latitude, double longitude,
		boolean anonymous, Long reporterAccountId, Contact contact, ConcernSource source, String deviceId,
		String locale, List<Transition> history) {

	public StaffConcernView {
		history = List.copyOf(history);
	}

	/**
	 * One recorded change.
	 *
	 * @param actorAccountId who made it, {@code null} for the reporter or BeatBridge
	 * @param actorRole the role it was made in ({@code OFFICER}, {@code ANONYMOUS},
	 * {@code REPORTER}, {@code SYSTEM}...)
	 */
	public record Transition(Instant at, ConcernStatus from, ConcernStatus to, Long actorAccountId, String actorRole,
			String publicUpdate) {

	}

}
