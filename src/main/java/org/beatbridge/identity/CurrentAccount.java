package org.beatbridge.identity;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

/**
 * The signed-in person, as kept in the session (pages) or resolved from a bearer token
 * (API). Controllers of any module receive it with {@code @AuthenticationPrincipal}.
 * Serializable because sessions live in the database.
 */
public record CurrentAccount(long id, String username, String displayName,
		Set<Role> roles) implements Serializable, Principal {

	public CurrentAccount {
		roles = Set.copyOf(roles);
	}

	/** The username: what Spring Session records as the session's principal name. */
	@Override
	public String getName() {
		return this.username;
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

}
