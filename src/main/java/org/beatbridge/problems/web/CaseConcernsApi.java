package org.beatbridge.problems.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.beatbridge.concerns.ConcernView;
import org.beatbridge.identity.CurrentAccount;
import org.beatbridge.problems.domain.Actor;
import org.beatbridge.problems.domain.CaseNotFound;
import org.beatbridge.problems.domain.CaseRefused;
import org.beatbridge.problems.domain.CaseWork;
import org.beatbridge.problems.domain.ConcernLinks;
import org.beatbridge.shared.web.ApiProblems;
import org.beatbridge.shared.web.JsonApi;
import org.beatbridge.shared.web.ProblemException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The residents' concerns behind a case, for apps: anybody may read them (public view:
 * block, moderated description, never the reporter); officers, supervisors and
 * coordinators link and unlink them.
 */
@JsonApi("/api/v1/problems")
class CaseConcernsApi {

	private final CaseWork work;

	private final ConcernLinks concerns;

	CaseConcernsApi(CaseWork work, ConcernLinks concerns) {
		this.work = work;
		this.concerns = concerns;
	}

	@GetMapping("/{id}/concerns")
	LinkedConcerns linked(@PathVariable long id) {
		existing(id);
		return linkedConcerns(id);
	}

	@PostMapping("/{id}/concerns")
	ResponseEntity<LinkedConcerns> link(@PathVariable long id, @RequestBody(required = false) NewLink link,
			@AuthenticationPrincipal CurrentAccount account) {
		existing(id);
		if (link == null || link.concernId() == null) {
			throw new ProblemException(
					ApiProblems.invalidParameter("concernId", "Give the number of the concern to link (concernId)."));
		}
		try {
			this.concerns.link(id, link.concernId(), new Actor(account.id(), account.username()));
		}
		catch (CaseRefused refused) {
			throw refusal(refused);
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(linkedConcerns(id));
	}

	@DeleteMapping("/{id}/concerns/{concernId}")
	ResponseEntity<Void> unlink(@PathVariable long id, @PathVariable long concernId) {
		existing(id);
		if (!this.concerns.unlink(id, concernId)) {
			throw new ProblemException(ApiProblems.of(HttpStatus.NOT_FOUND, "concern-not-linked", "Concern not linked",
					"Concern " + concernId + " is not linked to case " + id + "."));
		}
		return ResponseEntity.noContent().build();
	}

	private void existing(long id) {
		if (this.work.find(id).isEmpty()) {
			throw new ProblemException(ApiProblems.of(HttpStatus.NOT_FOUND, "case-not-found", "Case not found",
					CaseNotFound.of(id).getMessage()));
		}
	}

	private LinkedConcerns linkedConcerns(long id) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> names = this.concerns.categoryNames(locale);
		List<ConcernView> linked = this.concerns.linked(id);
		return new LinkedConcerns(id, linked.size(), linked.stream().mapToInt(ConcernView::supportCount).sum(),
				linked.stream()
					.map((concern) -> PublicCase.PublicConcern.of(concern, names.get(concern.category())))
					.toList());
	}

	private static ProblemException refusal(CaseRefused refused) {
		var problem = ApiProblems.of(HttpStatus.UNPROCESSABLE_CONTENT, "case-refused", "Change refused",
				refused.getMessage());
		problem.setProperty("code", refused.code());
		if (refused.field() != null) {
			problem.setProperty("field", refused.field());
		}
		return new ProblemException(problem);
	}

	record NewLink(Long concernId) {

	}

	/**
	 * @param count how many concerns are linked
	 * @param supporters their "me too"s together
	 */
	record LinkedConcerns(long caseId, int count, int supporters, List<PublicCase.PublicConcern> concerns) {

	}

}
