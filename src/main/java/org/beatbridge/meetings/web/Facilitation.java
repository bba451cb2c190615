package org.beatbridge.meetings.web;

import org.beatbridge.identity.AccountView;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.CurrentAccount;
import org.beatbridge.identity.OfficerAssignment;
import org.beatbridge.identity.Role;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may prepare and run a district's meetings: its officers and supervisors (by their
 * assignment's district), coordinators (identity gives them no district: they work city
 * wide) and administrators (decision 0504).
 */
@Component
class Facilitation {

	private final Accounts accounts;

	Facilitation(Accounts accounts) {
		this.accounts = accounts;
	}

	boolean mayFacilitate(CurrentAccount who, String district) {
		if (who == null) {
			return false;
		}
		if (who.hasRole(Role.ADMIN)) {
			return true;
		}
		if (!(who.hasRole(Role.OFFICER) || who.hasRole(Role.SUPERVISOR) || who.hasRole(Role.COORDINATOR))) {
			return false;
		}
		OfficerAssignment assignment = this.accounts.findByUsername(who.username())
			.map(AccountView::officer)
			.orElse(null);
		Integer own = (assignment != null) ? assignment.district() : null;
		if (own == null) {
			return who.hasRole(Role.COORDINATOR);
		}
		return String.valueOf(own).equals(district);
	}

	void require(CurrentAccount who, String district) {
		if (!mayFacilitate(who, district)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
