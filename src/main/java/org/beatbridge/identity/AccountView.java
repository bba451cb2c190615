package org.beatbridge.identity;

import java.time.Instant;
import java.util.Set;

/**
 * What other modules may know about an account. Never carries the password hash.
 *
 * @param officer the officer's assignment; {@code null} for accounts without one
 */
public record AccountView(long id, String username, String email, String displayName, Set<Role> roles, boolean enabled,
		Instant createdAt, OfficerAssignment officer) {

	public AccountView {
		roles = Set.copyOf(roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

}
