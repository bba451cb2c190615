package org.beatbridge.concerns.web;

import java.util.Arrays;
import java.util.List;

import org.beatbridge.concerns.Actor;
import org.beatbridge.concerns.ConcernChangeRefused;
import org.beatbridge.concerns.ConcernId;
import org.beatbridge.concerns.ConcernNotFound;
import org.beatbridge.concerns.ConcernStatus;
import org.beatbridge.concerns.ConcernTriage;
import org.beatbridge.concerns.ReporterContact;
import org.beatbridge.concerns.StaffConcernView;
import org.beatbridge.concerns.TriageFilter;
import org.beatbridge.concerns.TriageItem;
import org.beatbridge.concerns.TriageRefused;
import org.beatbridge.concerns.TriageScope;
import org.beatbridge.identity.CurrentAccount;
import org.beatbridge.shared.web.JsonApi;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Triage for apps (officer bearer token): the queue, a concern's staff view, status
 * changes, notes and the recorded showing of the reporter's contact. Same rules and scope
 * as the pages (decision 0740).
 */
@JsonApi("/api/v1/concerns/triage")
class TriageApi {

	private final ConcernTriage triage;

	TriageApi(ConcernTriage triage) {
		this.triage = triage;
	}

	@GetMapping
	List<TriageItem> queue(@AuthenticationPrincipal CurrentAccount account,
			@RequestParam(required = false) Integer district, @RequestParam(required = false) List<String> beat,
			@RequestParam(required = false) List<String> status, @RequestParam(required = false) String category,
			@RequestParam(defaultValue = "oldest") String order, @RequestParam(defaultValue = "100") int limit) {
		TriageScope scope = this.triage.scopeOf(account);
		List<ConcernStatus> statuses = (status != null) ? status.stream().map(TriageApi::status).toList() : List.of();
		if (!"oldest".equals(order) && !"supported".equals(order)) {
			throw TriageRefused.invalid("order", "order.invalid", "order is oldest or supported.");
		}
		return this.triage.queue(scope, new TriageFilter(district, beat, statuses, category, null,
				"supported".equals(order) ? TriageFilter.Order.MOST_SUPPORTED : TriageFilter.Order.OLDEST, limit));
	}

	@GetMapping("/{id}")
	StaffConcernView concern(@PathVariable String id, @AuthenticationPrincipal CurrentAccount account) {
		return this.triage.staffView(id(id), this.triage.scopeOf(account));
	}

	@PostMapping("/{id}/status")
	StaffConcernView changeStatus(@PathVariable String id, @RequestBody StatusChange change,
			@AuthenticationPrincipal CurrentAccount account) {
		TriageScope scope = this.triage.scopeOf(account);
		ConcernId concernId = id(id);
		this.triage.changeStatus(concernId, status(change.status()), change.publicUpdate(),
				new ConcernTriage.Referral(change.service(), change.reference()), scope, actor(account));
		return this.triage.staffView(concernId, scope);
	}

	@PostMapping("/{id}/notes")
	StaffConcernView addNote(@PathVariable String id, @RequestBody NewNote note,
			@AuthenticationPrincipal CurrentAccount account) {
		TriageScope scope = this.triage.scopeOf(account);
		ConcernId concernId = id(id);
		this.triage.addNote(concernId, note.note(), scope, actor(account));
		return this.triage.staffView(concernId, scope);
	}

	@PostMapping("/{id}/contact")
	ResponseEntity<ReporterContact> contact(@PathVariable String id, @AuthenticationPrincipal CurrentAccount account) {
		return this.triage.revealContact(id(id), this.triage.scopeOf(account), actor(account), "API")
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	private static Actor actor(CurrentAccount account) {
		return Actor.of(account).orElseThrow(() -> ConcernChangeRefused.notStaff(new Actor(account.id(), "RESIDENT")));
	}

	private static ConcernId id(String text) {
		return ConcernId.parse(text).orElseThrow(() -> ConcernNotFound.forId(new ConcernId(0)));
	}

	private static ConcernStatus status(String text) {
		return Arrays.stream(ConcernStatus.values())
			.filter((status) -> status.name().equals(text))
			.findFirst()
			.orElseThrow(() -> TriageRefused.invalid("status", "status.unknown",
					"status is one of " + Arrays.toString(ConcernStatus.values()) + "."));
	}

	/** A status change as an app sends it. */
	record StatusChange(String status, String publicUpdate, String service, String reference) {

	}

	/** An internal note as an app sends it. */
	record NewNote(String note) {

	}

}
