package org.beatbridge.meetings.domain;

import org.beatbridge.identity.AccountView;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.Role;
import org.beatbridge.meetings.InvalidMeeting;
import org.beatbridge.meetings.NewMeeting;

import org.springframework.stereotype.Component;

/**
 * Finds the accounts a meeting names as its facilitators (decision 0510): the resident
 * beat facilitator by username (an enabled resident account) and the beat officer by star
 * number (an enabled officer serving in the meeting's district).
 */
@Component
class FacilitatorAccounts {

	private final Accounts accounts;

	FacilitatorAccounts(Accounts accounts) {
		this.accounts = accounts;
	}

	Designated find(NewMeeting meeting, String district) {
		return new Designated(resident(meeting.facilitatorAccount()), officer(meeting.officerStar(), district));
	}

	/** The username of a facilitator's account, for the edit form. */
	String username(Long accountId) {
		return (accountId != null) ? this.accounts.findById(accountId).map(AccountView::username).orElse(null) : null;
	}

	private Long resident(String username) {
		if (username == null || username.isBlank()) {
			return null;
		}
		String name = username.strip();
		return this.accounts.findByUsername(name)
			.filter((account) -> account.enabled() && account.hasRole(Role.RESIDENT))
			.map(AccountView::id)
			.orElseThrow(() -> InvalidMeeting.because("facilitatorAccount",
					"There is no resident account with the username '" + name + "'."));
	}

	private Long officer(String star, String district) {
		if (star == null || star.isBlank()) {
			return null;
		}
		String number = star.strip();
		Integer districtNumber = number(district);
		return ((districtNumber != null) ? this.accounts.officersOf(districtNumber) : java.util.List.<AccountView>of())
			.stream()
			.filter((account) -> account.officer() != null && number.equalsIgnoreCase(account.officer().starNumber()))
			.map(AccountView::id)
			.findFirst()
			.orElseThrow(() -> InvalidMeeting.because("officerStar",
					"No officer with star " + number + " serves in district " + district + "."));
	}

	private static Integer number(String district) {
		try {
			return Integer.valueOf(district);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	record Designated(Long residentAccount, Long officerAccount) {

	}

}
