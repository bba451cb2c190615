package org.beatbridge.concerns;

import java.util.Set;

import org.beatbridge.identity.CurrentAccount;
import org.beatbridge.identity.Role;

/**
 * Who changes a concern, as recorded in its history.
 *
 * @param accountId the account, or {@code null} for BeatBridge itself
 * @param role the role the change is made in ({@code OFFICER}, or {@code SYSTEM})
 */
public record Actor(Long accountId, String role) {

	private static final Set<Role> STAFF = Set.of(Role.OFFICER, Role.SUPERVISOR, Role.COORDINATOR, Role.ADMIN);

	/** BeatBridge itself (a scheduled job, a merge). */
	public static Actor system() {
		return new Actor(null, "SYSTEM");
	}

	/** A staff member acting in their most specific staff role. */
	public static Actor staff(long accountId, Role role) {
		return new Actor(accountId, role.name());
	}

	/**
	 * The signed-in person as a staff member; empty when they hold no staff role.
	 */
	public static java.util.Optional<Actor> of(CurrentAccount account) {
		for (Role role : new Role[] { Role.OFFICER, Role.SUPERVISOR, Role.COORDINATOR, Role.ADMIN }) {
			if (account != null && account.hasRole(role)) {
				return java.util.Optional.of(staff(account.id(), role));
			}
		}
		return java.util.Optional.empty();
	}

	/**
	 * Whether this actor may change a concern's status or public text.
	 */
	public boolean isStaff() {
		if (this.accountId == null) {
			return "SYSTEM".equals(this.role);
		}
		return STAFF.stream().anyMatch((staff) -> staff.name().equals(this.role));
	}

}
