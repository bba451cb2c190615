package org.beatbridge.concerns.domain;

import java.util.List;

import org.beatbridge.concerns.TriageRefused;
import org.beatbridge.concerns.TriageScope;
import org.beatbridge.geography.BeatDetails;
import org.beatbridge.geography.Beats;
import org.beatbridge.identity.AccountView;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.CurrentAccount;
import org.beatbridge.identity.OfficerAssignment;
import org.beatbridge.identity.Role;

import org.springframework.stereotype.Component;

/**
 * Where a staff member may triage (decision 0740): officers and supervisors their
 * district, read from the account each time (a reassignment takes effect at once);
 * coordinators and administrators the whole city.
 */
@Component
class TriageScopes {

	private final Accounts accounts;

	private final Beats beats;

	TriageScopes(Accounts accounts, Beats beats) {
		this.accounts = accounts;
		this.beats = beats;
	}

	TriageScope of(CurrentAccount account) {
		if (account == null) {
			throw TriageRefused.noScope();
		}
		OfficerAssignment assignment = this.accounts.findById(account.id()).map(AccountView::officer).orElse(null);
		List<String> ownBeats = (account.hasRole(Role.OFFICER) && assignment != null) ? assignment.beats() : List.of();
		if (account.hasRole(Role.ADMIN) || account.hasRole(Role.COORDINATOR)) {
			return new TriageScope(account.id(), null, ownBeats);
		}
		if (!account.hasRole(Role.OFFICER) && !account.hasRole(Role.SUPERVISOR)) {
			throw TriageRefused.noScope();
		}
		Integer district = (assignment != null) ? assignment.district() : null;
		if (district == null && !ownBeats.isEmpty()) {
			district = this.beats.find(ownBeats.get(0))
				.map(BeatDetails::district)
				.map(Integer::valueOf)
				.orElse(Integer.valueOf(ownBeats.get(0).substring(0, 2)));
		}
		if (district == null) {
			throw TriageRefused.noScope();
		}
		return new TriageScope(account.id(), district, ownBeats);
	}

}
