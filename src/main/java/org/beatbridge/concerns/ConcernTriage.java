package org.beatbridge.concerns;

import java.util.List;
import java.util.Optional;

import org.beatbridge.identity.CurrentAccount;

/**
 * What officers, supervisors and coordinators do with concerns: a queue for their beats
 * or district, the staff view of one concern, and the recorded actions on it. Every
 * method taking a {@link TriageScope} refuses concerns outside it
 * ({@link TriageRefused}), so the pages and the API cannot show another district's
 * concerns by mistake.
 */
public interface ConcernTriage {

	/**
	 * Where the signed-in person may triage.
	 * @throws TriageRefused when they hold no staff role, or an officer or supervisor has
	 * no district
	 */
	TriageScope scopeOf(CurrentAccount account);

	/**
	 * Concerns of the scope matching the filter; concerns merged into others are left
	 * out.
	 */
	List<TriageItem> queue(TriageScope scope, TriageFilter filter);

	/**
	 * The staff view of a concern, without the reporter's contact details.
	 */
	StaffConcernView staffView(ConcernId id, TriageScope scope);

	/**
	 * Shows the reporter's contact details and records who saw them, when and how.
	 * @param channel {@code WEB} or {@code API}
	 * @return empty when the concern is anonymous or has no details
	 */
	Optional<ReporterContact> revealContact(ConcernId id, TriageScope scope, Actor who, String channel);

	/**
	 * Moves the concern to another status through the domain's state machine, with a
	 * public update; a referral names the city service and, when there is one, its 311
	 * service request number.
	 * @param referral required when {@code to} is {@link ConcernStatus#REFERRED}, ignored
	 * otherwise
	 * @throws ConcernChangeRefused for an illegal transition
	 */
	ConcernView changeStatus(ConcernId id, ConcernStatus to, String publicUpdate, Referral referral, TriageScope scope,
			Actor who);

	/**
	 * Adds a public update without changing the status: shown in the public timeline and
	 * sent to the reporter like a status change (from and to the same status).
	 */
	ConcernView postUpdate(ConcernId id, String publicUpdate, TriageScope scope, Actor who);

	/** Adds an internal note (never public). */
	void addNote(ConcernId id, String body, TriageScope scope, Actor who);

	/**
	 * Assigns the concern to an officer of its district, or unassigns it ({@code null}).
	 */
	void assign(ConcernId id, Long officerAccountId, TriageScope scope, Actor who);

	/**
	 * Replaces the public description (the original stays for staff), recorded.
	 */
	ConcernView moderate(ConcernId id, String publicDescription, TriageScope scope, Actor who);

	/**
	 * Makes the photo link an Open311 client sent public ({@code true}) or staff only
	 * again, recorded with who and when (decision 0708).
	 * @throws TriageRefused when the concern has no such link
	 */
	void publishMediaLink(ConcernId id, boolean publish, TriageScope scope, Actor who);

	/**
	 * Marks {@code duplicate} as a duplicate of {@code surviving}: its supporters and its
	 * reporter (as one more supporter) count for the surviving concern, its reporter is
	 * told of the surviving concern's later changes, and it is closed as not actionable
	 * with a public note pointing to the surviving one.
	 */
	void merge(ConcernId duplicate, ConcernId surviving, TriageScope scope, Actor who);

	/**
	 * The concern a concern was merged into (public: its page says so).
	 */
	Optional<ConcernId> mergedInto(ConcernId id);

	/**
	 * The officers a concern of the district can be assigned to: id and name.
	 */
	List<StaffConcernView.Staff> officersOf(String district);

	/**
	 * A hand-over to a city service.
	 *
	 * @param service which service ({@code "Streets and Sanitation"})
	 * @param reference its 311 service request number, or {@code null}
	 */
	record Referral(String service, String reference) {

	}

}
