package org.beatbridge.identity;

/**
 * What an account may do. A person can hold several roles (a coordinator who is also an
 * administrator, say).
 */
public enum Role {

	/** A neighbour: reports concerns, joins beat meetings. */
	RESIDENT,

	/** A sworn beat officer with a star number and assigned beats. */
	OFFICER,

	/** A district commander overseeing the beats of a district. */
	SUPERVISOR,

	/** Civilian program staff organising meetings and outreach. */
	COORDINATOR,

	/** Runs the installation: accounts, boundaries, settings. */
	ADMIN;

	/** The Spring Security authority for this role. */
	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * The role named {@code value}, ignoring case.
	 * @throws AccountRejected when no role has that name
	 */
	public static Role parse(String value) {
		for (Role role : values()) {
			if (role.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
				return role;
			}
		}
		throw AccountRejected.unknownRole(value);
	}

}
