package org.beatbridge.concerns.domain;

import java.util.HashMap;
import java.util.Map;

import org.beatbridge.concerns.StaffConcernView.Staff;
import org.beatbridge.identity.AccountView;
import org.beatbridge.identity.Accounts;

/**
 * Names of the people in a concern's records, each account read once per page.
 */
final class StaffNames {

	private final Accounts accounts;

	private final Map<Long, String> names = new HashMap<>();

	StaffNames(Accounts accounts) {
		this.accounts = accounts;
	}

	Staff of(Long accountId, String role) {
		if (accountId == null) {
			return new Staff(null, null, role);
		}
		String name = this.names.computeIfAbsent(accountId,
				(id) -> this.accounts.findById(id).map(AccountView::displayName).orElse("#" + id));
		return new Staff(accountId, name, role);
	}

}
