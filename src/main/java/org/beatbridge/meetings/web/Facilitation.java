package org.beatbridge.meetings.web;

import org.beatbridge.identity.AccountView;
import org.beatbridge.identity.Accounts;
import org.beatbridge.identity.CurrentAccount;
import org.beatbridge.identity.OfficerAssignment;
import org.beatbridge.identity.Role;
import org.beatbridge.meetings.MeetingOccurrence;
import org.beatbridge.meetings.Meetings;

import org.springframework.stereotype.Component;

/**
 * Who may prepare and run a district's meetings: its officers and supervisors (by their
 * assignment's district), coordinators (identity gives them no district: they work city
 * wide) and administrators (decision 0504); and a meeting's own designated facilitators,
 * its resident beat facilitator and beat officer accounts (decision 0510).
 */
@Component
class Facilitation {

	private final Accounts accounts;

	private final Meetings meetings;

	Facilitation(Accounts accounts, Meetings meetings) {
		this.accounts = accounts;
		this.meetings = meetings;
	}

	/**
	 * Whether the person may prepare and run this meeting (agenda, sign-in sheet,
	 * minutes, priorities, action items): the district's staff or one of its designated
	 * facilitators.
	 */
	boolean mayRun(CurrentAccount who, MeetingOccurrence occurrence) {
		return mayFacilitate(who, occurrence.district())
				|| (who != null && this.meetings.isFacilitator(occurrence.meeting(), who.id()));
	}

	void requireRun(CurrentAccount who, MeetingOccurrence occurrence) {
		if (!mayRun(who, occurrence)) {
			throw new NotAFacilitator();
		}
	}

	/**
	 * Whether the person is staff of the district: may also schedule, edit, move and
	 * cancel its meetings and designate their facilitators.
	 */
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
			throw new NotAFacilitator();
		}
	}

	/** Refused: answered with a page that says who may do it (403). */
	static final class NotAFacilitator extends RuntimeException {

		NotAFacilitator() {
			super("Only the meeting's facilitators and the district's officers may do this.");
		}

	}

}
