package org.beatbridge.concerns;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Resident concerns: reported from the web or Open311, followed through their status
 * history. Views never show the reporter.
 */
public interface Concerns {

	/**
	 * Reports a concern, all or nothing: validates every field, locates its beat, strips
	 * the photo's metadata, and publishes {@link ConcernReported}.
	 * @throws InvalidConcern listing every field at fault
	 */
	ConcernReceipt report(NewConcern concern);

	Optional<ConcernView> find(ConcernId id);

	/**
	 * The concern a tracking token was issued for, or that a still valid tracking key
	 * from a notification email names; empty for any other text.
	 */
	Optional<ConcernView> findByTrackingToken(String token);

	/**
	 * The concern a tracking key from a notification email names when the key is genuine
	 * but its time is over (so the page can say "expired", not "unknown").
	 */
	Optional<ConcernId> expiredEmailLink(String key);

	/**
	 * Concerns matching the query, newest first.
	 */
	List<ConcernView> search(ConcernQuery query);

	/**
	 * A number that grows whenever what {@link #search} answers for the query's beats or
	 * district may change (a report, status change, public update, moderation, "me too",
	 * published photo link): read it before searching, and an answer built then may be
	 * served again while it is unchanged. Time passing is not counted: a window relative
	 * to now is the caller's to expire (decision 0761). The node learns of changes from
	 * the database's notifications, so a change committed elsewhere counts a moment (a
	 * millisecond or so) after its commit; when the node cannot listen, the number is
	 * read from the database (decision 0766).
	 */
	long listVersion(ConcernQuery query);

	/**
	 * Open concerns of a category near a point, reported within the configured window,
	 * nearest first: what a resident is offered instead of filing a duplicate.
	 */
	List<ConcernView> similarOpenNearby(String category, double latitude, double longitude);

	/**
	 * Adds one supporter to an open concern; the same supporter twice counts once.
	 * @param supporter who supports it, stable per person ({@code account:42}, or a key
	 * the caller derives for an anonymous visitor); only a hash of it is stored
	 * @return the concern's support count afterwards
	 * @throws ConcernNotFound when there is no such concern
	 * @throws ConcernChangeRefused when the concern is closed
	 */
	default int meToo(ConcernId id, String supporter) {
		return meToo(id, supporter, null).count();
	}

	/**
	 * Adds one supporter to an open concern, once per supporter and, for visitors without
	 * an account, once per client address within {@code supportWindow}: a second "me too"
	 * from the same address with a fresh cookie is not counted (decision 0707).
	 * @param supporter as for {@link #meToo(ConcernId, String)}
	 * @param clientAddress the client's address as the server sees it, or {@code null}
	 * when unknown; only a keyed hash of it and the concern is stored, until the window
	 * ends
	 * @return the count afterwards and whether this "me too" counted
	 * @throws ConcernNotFound when there is no such concern
	 * @throws ConcernChangeRefused when the concern is closed
	 */
	Support meToo(ConcernId id, String supporter, String clientAddress);

	/**
	 * The categories residents can choose, in the given language (English unless
	 * Spanish), in display order.
	 */
	List<ConcernCategory> categories(Locale locale);

	/**
	 * Moves a concern to another status, recorded with who and when, and publishes
	 * {@link ConcernStatusChanged}.
	 * @param publicUpdate text residents see with the change, or {@code null}
	 * @throws ConcernNotFound when there is no such concern
	 * @throws ConcernChangeRefused when the status does not lead there or the actor is
	 * not staff
	 */
	ConcernView changeStatus(ConcernId id, ConcernStatus to, Actor who, String publicUpdate);

	/**
	 * Replaces the description the public sees (hiding personal data, say); the original
	 * is kept for staff and every moderation is recorded.
	 */
	ConcernView moderate(ConcernId id, String publicDescription, Actor who);

	/**
	 * The concern's photo, if it has one. Not public: for staff and the reporter.
	 */
	Optional<ConcernPhoto> photo(ConcernId id);

	/**
	 * The concerns a signed-in resident reported (not their anonymous ones), newest
	 * first.
	 */
	List<ConcernView> reportedBy(long accountId, int limit);

}
