package org.beatbridge.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in person, as kept in the session (pages) or resolved from a bearer token
 * (API). Controllers of any module receive it with {@code @AuthenticationPrincipal}.
 * Serializable because sessions live in the database.
 */
public record CurrentAccount(long id, String username, String displayName, Set<Role> roles) implements Serializable {

	public CurrentAccount {
		roles = Set.copyOf(roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

}
