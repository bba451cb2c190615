package org.beatbridge.concerns;

import java.time.Instant;
import java.util.List;

/**
 * A concern as staff triage it: the original description and exact point, and every
 * recorded step with who and when. Never carries the reporter's contact details: those
 * are shown on request and every showing is recorded
 * ({@link ConcernTriage#revealContact}).
 *
 * @param concern what the public sees
 * @param originalDescription what the reporter wrote
 * @param latitude the exact point the reporter gave
 * @param reporter {@code ANONYMOUS}, {@code ACCOUNT} (a signed-in resident) or
 * {@code CONTACT} (left contact details without an account)
 * @param hasContact whether there are contact details to show
 * @param mergedInto the concern this one was merged into, or {@code null}
 * @param duplicates concerns merged into this one
 * @param assignee the current assignment, or {@code null}
 * @param mediaLink the photo link an Open311 client sent, or {@code null}
 */
public record StaffConcernView(ConcernView concern, String originalDescription, double latitude, double longitude,
		String reporter, boolean hasContact, ConcernId mergedInto, List<ConcernId> duplicates, Assignment assignee,
		List<Step> steps, List<Note> notes, List<Moderation> moderations, List<Assignment> assignments,
		List<Referral> referrals, List<ContactView> contactViews, MediaLink mediaLink) {

	public StaffConcernView {
		duplicates = List.copyOf(duplicates);
		steps = List.copyOf(steps);
		notes = List.copyOf(notes);
		moderations = List.copyOf(moderations);
		assignments = List.copyOf(assignments);
		referrals = List.copyOf(referrals);
		contactViews = List.copyOf(contactViews);
	}

	public StaffConcernView(ConcernView concern, String originalDescription, double latitude, double longitude,
			String reporter, boolean hasContact, ConcernId mergedInto, List<ConcernId> duplicates, Assignment assignee,
			List<Step> steps, List<Note> notes, List<Moderation> moderations, List<Assignment> assignments,
			List<Referral> referrals, List<ContactView> contactViews) {
		this(concern, originalDescription, latitude, longitude, reporter, hasContact, mergedInto, duplicates, assignee,
				steps, notes, moderations, assignments, referrals, contactViews, null);
	}

	public boolean moderated() {
		return !this.originalDescription.equals(this.concern.description());
	}

	/**
	 * Somebody as recorded: an account (its name at the time of reading) in a role, or
	 * BeatBridge itself, or the reporter.
	 */
	public record Staff(Long accountId, String name, String role) {

	}

	/** A status change (or a public update in the same status) with who and when. */
	public record Step(Instant at, ConcernStatus from, ConcernStatus to, String publicUpdate, Staff by) {

	}

	/** An internal note: staff only. */
	public record Note(Instant at, String body, Staff by) {

	}

	/** A change of the public description; the original stays. */
	public record Moderation(Instant at, String publicDescription, Staff by) {

	}

	/** An assignment; {@code officer} is {@code null} when the concern was unassigned. */
	public record Assignment(Instant at, Staff officer, Staff by) {

	}

	/** A hand-over to a city service. */
	public record Referral(Instant at, String service, String reference, Staff by) {

	}

	/** One showing of the reporter's contact details. */
	public record ContactView(Instant at, Staff by, String channel) {

	}

	/**
	 * A link to a photo on another site, sent by an Open311 client: never fetched by
	 * BeatBridge, public once staff published it.
	 *
	 * @param publishedAt when staff made it public, or {@code null} while staff only
	 * @param publishedBy who did, or {@code null}
	 */
	public record MediaLink(String url, Instant publishedAt, Staff publishedBy) {

		public boolean published() {
			return this.publishedAt != null;
		}

	}

}
