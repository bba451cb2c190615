package org.beatbridge.problems.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.beatbridge.concerns.ConcernView;
import org.beatbridge.identity.CurrentAccount;
import org.beatbridge.problems.ProblemStage;
import org.beatbridge.problems.domain.ActionStatus;
import org.beatbridge.problems.domain.Actor;
import org.beatbridge.problems.domain.BeforeAfter;
import org.beatbridge.problems.domain.CaseChangedElsewhere;
import org.beatbridge.problems.domain.CaseNotFound;
import org.beatbridge.problems.domain.CaseRefused;
import org.beatbridge.problems.domain.CaseWork;
import org.beatbridge.problems.domain.ConcernClusterSuggestion;
import org.beatbridge.problems.domain.ConcernLinks;
import org.beatbridge.problems.domain.CrimeCategories;
import org.beatbridge.problems.domain.CrimeComparison;
import org.beatbridge.problems.domain.OpenCase;
import org.beatbridge.problems.domain.Outcome;
import org.beatbridge.problems.domain.OwnerType;
import org.beatbridge.problems.domain.ProblemCase;
import org.beatbridge.problems.domain.ResponseAction;
import org.beatbridge.problems.domain.Suggestion;
import org.beatbridge.problems.domain.Suggestions;
import org.beatbridge.problems.web.CaseForms.ActionForm;
import org.beatbridge.problems.web.CaseForms.AnalysisForm;
import org.beatbridge.problems.web.CaseForms.AssessmentForm;
import org.beatbridge.problems.web.CaseForms.OpenForm;
import org.beatbridge.problems.web.CaseForms.ScanningForm;
import org.beatbridge.problems.web.CaseForms.StageForm;
import org.beatbridge.problems.web.CaseForms.StatusForm;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The officers' pages: open a case (by hand or from a suggestion) and work it through the
 * stages. Every form posts the version it was read at; a successful change redirects back
 * to the case, a refused one shows the page again with the reason beside the field.
 */
@Controller
class CaseWorkController {

	private final CaseWork work;

	private final Suggestions suggestions;

	private final CrimeComparison crime;

	private final ConcernLinks concerns;

	private final MessageSource messages;

	CaseWorkController(CaseWork work, Suggestions suggestions, CrimeComparison crime, ConcernLinks concerns,
			MessageSource messages) {
		this.work = work;
		this.suggestions = suggestions;
		this.crime = crime;
		this.concerns = concerns;
		this.messages = messages;
	}

	@GetMapping("/problems")
	String list(@RequestParam Optional<String> district, Model model) {
		Optional<String> chosen = district.map(String::strip)
			.filter((d) -> d.matches("\\d{1,3}"))
			.map((d) -> Integer.toString(Integer.parseInt(d)));
		model.addAttribute("district", chosen.orElse(null));
		model.addAttribute("cases", this.work.open(chosen));
		model.addAttribute("suggestions", this.suggestions.pending(chosen));
		model.addAttribute("clusters", this.concerns.clusterSuggestions(chosen, LocaleContextHolder.getLocale()));
		return "problems/list";
	}

	@GetMapping("/problems/new")
	String newCase(@RequestParam Optional<Long> suggestion, @RequestParam Optional<String> cluster, Model model) {
		OpenForm form = new OpenForm();
		suggestion.flatMap(this.suggestions::findPending).ifPresent((found) -> prefill(form, found));
		cluster.map(CaseWorkController::ids).ifPresent((ids) -> {
			Optional<ConcernClusterSuggestion> found = this.concerns.clusterSuggestion(ids,
					LocaleContextHolder.getLocale());
			if (found.isPresent()) {
				prefill(form, found.get());
			}
			else {
				model.addAttribute("clusterGone", true);
			}
		});
		model.addAttribute("openCase", form);
		return newCasePage(model);
	}

	/** Concern ids from the list page's link ("12,15,19"); anything else is no id. */
	private static List<Long> ids(String text) {
		List<Long> ids = new java.util.ArrayList<>();
		for (String part : text.split(",")) {
			if (part.strip().matches("\\d{1,15}")) {
				ids.add(Long.parseLong(part.strip()));
			}
		}
		return ids;
	}

	private void prefill(OpenForm form, ConcernClusterSuggestion cluster) {
		java.util.Locale locale = LocaleContextHolder.getLocale();
		String place = (cluster.blockAddress() != null) ? cluster.blockAddress() : null;
		form.setTitle((place != null)
				? this.messages.getMessage("problems.clusters.title", new Object[] { cluster.categoryName(), place },
						locale)
				: this.messages.getMessage("problems.clusters.titleNoBlock",
						new Object[] { cluster.categoryName(), cluster.beats().get(0) }, locale));
		form.setBeats(String.join(", ", cluster.beats()));
		form.setStatement(this.messages.getMessage("problems.clusters.statement",
				new Object[] { cluster.concernIds().size(), cluster.categoryName(),
						(place != null) ? place : cluster.beats().get(0),
						String.join(", ", cluster.concernIds().stream().map((id) -> "#" + id).toList()) },
				locale));
		if (cluster.crimeCategory() != null && CrimeCategories.isKnown(cluster.crimeCategory())) {
			form.setCategories(new java.util.ArrayList<>(List.of(cluster.crimeCategory())));
		}
		form.setConcerns(new java.util.ArrayList<>(cluster.concernIds()));
	}

	private static void prefill(OpenForm form, Suggestion suggestion) {
		form.setSuggestion(suggestion.id());
		form.setTitle(suggestion.title());
		form.setBeats(String.join(", ", suggestion.beats()));
		form.setStatement(suggestion.detail());
		if (suggestion.category() != null && CrimeCategories.isKnown(suggestion.category())) {
			form.setCategories(new java.util.ArrayList<>(List.of(suggestion.category())));
		}
	}

	private String newCasePage(Model model) {
		model.addAttribute("allCategories", CrimeCategories.ALL);
		OpenForm form = (OpenForm) model.asMap().get("openCase");
		model.addAttribute("clusterConcerns", (form != null) ? this.concerns.views(form.getConcerns()) : List.of());
		model.addAttribute("concernCategories", this.concerns.categoryNames(LocaleContextHolder.getLocale()));
		return "problems/new";
	}

	@PostMapping("/problems")
	String open(@Valid @ModelAttribute("openCase") OpenForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentAccount account, Model model, HttpServletResponse response) {
		if (!errors.hasErrors()) {
			try {
				long id = this.work.open(new OpenCase(form.getTitle(), form.getStatement(), form.getWhyPriority(),
						form.beatList(), form.getCategories(), form.getSuggestion(), form.getConcerns()),
						actor(account));
				return "redirect:/problems/" + id;
			}
			catch (CaseRefused refused) {
				reject(errors, refused);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return newCasePage(model);
	}

	@PostMapping("/problems/suggestions/{id}/dismiss")
	String dismiss(@PathVariable long id) {
		this.suggestions.dismiss(id);
		return "redirect:/problems";
	}

	@GetMapping("/problems/{id}")
	String show(@PathVariable long id, Model model) {
		return page(load(id), model);
	}

	private ProblemCase load(long id) {
		return this.work.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@PostMapping("/problems/{id}/scanning")
	String scanning(@PathVariable long id, @Valid @ModelAttribute("scanning") ScanningForm form, BindingResult errors,
			Model model, HttpServletResponse response) {
		if (!errors.hasErrors() && form.getIncidentsFrom() != null && form.getIncidentsTo() != null
				&& form.getIncidentsFrom().isAfter(form.getIncidentsTo())) {
			errors.rejectValue("incidentsTo", "problems.incidents.order");
		}
		return attempt(id, form.getVersion(), errors, model, response,
				() -> this.work.updateScanning(id, form.getVersion(), form.toScanning()), "scanning");
	}

	@PostMapping("/problems/{id}/concerns")
	String linkConcern(@PathVariable long id, @Valid @ModelAttribute("link") ConcernLinkForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentAccount account, Model model, HttpServletResponse response) {
		if (!errors.hasErrors()) {
			try {
				this.concerns.link(id, form.id(), actor(account));
				return "redirect:/problems/" + id + "#concerns";
			}
			catch (CaseNotFound missing) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			catch (CaseRefused refused) {
				reject(errors, refused);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(load(id), model);
	}

	@PostMapping("/problems/{id}/concerns/{concernId}/unlink")
	String unlinkConcern(@PathVariable long id, @PathVariable long concernId) {
		load(id);
		this.concerns.unlink(id, concernId);
		return "redirect:/problems/" + id + "#concerns";
	}

	@PostMapping("/problems/{id}/analysis")
	String analysis(@PathVariable long id, @Valid @ModelAttribute("analysis") AnalysisForm form, BindingResult errors,
			Model model, HttpServletResponse response) {
		return attempt(id, form.getVersion(), errors, model, response,
				() -> this.work.recordAnalysis(id, form.getVersion(), form.toAnalysis()), "analysis");
	}

	@PostMapping("/problems/{id}/actions")
	String addAction(@PathVariable long id, @Valid @ModelAttribute("action") ActionForm form, BindingResult errors,
			Model model, HttpServletResponse response) {
		return attempt(id, form.getVersion(), errors, model, response,
				() -> this.work.addAction(id, form.getVersion(),
						new ResponseAction(null, form.getDescription(), form.getOwnerType(), form.getOwnerRole(),
								form.getOwnerName(), form.isOwnerNamePublic(), form.getServiceRequest(),
								form.getDueOn(), ActionStatus.PLANNED)),
				"response");
	}

	@PostMapping("/problems/{id}/actions/{actionId}/status")
	String actionStatus(@PathVariable long id, @PathVariable long actionId,
			@Valid @ModelAttribute("status") StatusForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		return attempt(id, form.getVersion(), errors, model, response,
				() -> this.work.changeActionStatus(id, form.getVersion(), actionId, form.getStatus()), "response");
	}

	@PostMapping("/problems/{id}/assessment")
	String assessment(@PathVariable long id, @Valid @ModelAttribute("assessment") AssessmentForm form,
			BindingResult errors, Model model, HttpServletResponse response) {
		return attempt(id, form.getVersion(), errors, model, response, () -> this.work.assess(id, form.getVersion(),
				form.getWeeks(), form.getResidentsAssessment(), form.getOutcome()), "assessment");
	}

	@PostMapping("/problems/{id}/stage")
	String stage(@PathVariable long id, @Valid @ModelAttribute("move") StageForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentAccount account, Model model, HttpServletResponse response) {
		return attempt(id, form.getVersion(), errors, model, response, () -> this.work.moveTo(id, form.getVersion(),
				form.getTarget(), form.getReason(), Optional.ofNullable(form.getResponseStartedOn()), actor(account)),
				"stage");
	}

	/**
	 * Applies a change; on success back to the case, otherwise the case page again with
	 * the submitted form and its errors (422), or with the latest case and a reload
	 * notice when someone else changed it meanwhile (409).
	 */
	private String attempt(long id, int version, BindingResult errors, Model model, HttpServletResponse response,
			Runnable change, String section) {
		if (!errors.hasErrors()) {
			try {
				change.run();
				return "redirect:/problems/" + id + "#" + section;
			}
			catch (CaseChangedElsewhere changed) {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("conflict", true);
				return page(load(id), freshForms(model));
			}
			catch (CaseNotFound missing) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			catch (CaseRefused refused) {
				reject(errors, refused);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(load(id), model);
	}

	/** After a conflict the forms show the latest case, not what was submitted. */
	private static Model freshForms(Model model) {
		for (String form : List.of("scanning", "analysis", "action", "status", "assessment", "move", "link")) {
			model.asMap().remove(form);
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + form);
		}
		return model;
	}

	private void reject(BindingResult errors, CaseRefused refused) {
		String message = this.messages.getMessage(refused.code(), refused.arguments(), refused.getMessage(),
				LocaleContextHolder.getLocale());
		if (refused.field() != null && errors.getTarget() != null && org.springframework.beans.BeanUtils
			.getPropertyDescriptor(errors.getTarget().getClass(), refused.field()) != null) {
			errors.rejectValue(refused.field(), refused.code(), refused.arguments(), message);
		}
		else {
			errors.reject(refused.code(), refused.arguments(), message);
		}
	}

	private String page(ProblemCase problem, Model model) {
		Map<String, Object> present = model.asMap();
		if (!present.containsKey("scanning")) {
			model.addAttribute("scanning", ScanningForm.of(problem));
		}
		if (!present.containsKey("analysis")) {
			model.addAttribute("analysis", AnalysisForm.of(problem));
		}
		if (!present.containsKey("action")) {
			ActionForm action = new ActionForm();
			action.setVersion(problem.version());
			model.addAttribute("action", action);
		}
		if (!present.containsKey("assessment")) {
			model.addAttribute("assessment", AssessmentForm.of(problem));
		}
		if (!present.containsKey("move")) {
			StageForm stage = new StageForm();
			stage.setVersion(problem.version());
			problem.stage().next().stream().findFirst().ifPresent(stage::setTarget);
			model.addAttribute("move", stage);
		}
		if (!present.containsKey("link")) {
			model.addAttribute("link", new ConcernLinkForm());
		}
		List<ConcernView> linked = this.concerns.linked(problem.id());
		model.addAttribute("linkedConcerns", linked);
		model.addAttribute("linkedSupport", linked.stream().mapToInt(ConcernView::supportCount).sum());
		model.addAttribute("concernCandidates",
				problem.stage().isOpen() ? this.concerns.candidates(problem) : List.of());
		model.addAttribute("concernCategories", this.concerns.categoryNames(LocaleContextHolder.getLocale()));
		model.addAttribute("problem", problem);
		model.addAttribute("stages", ProblemStage.values());
		model.addAttribute("targets", problem.stage().next().stream().sorted().toList());
		model.addAttribute("allCategories", CrimeCategories.ALL);
		model.addAttribute("ownerTypes", OwnerType.values());
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("outcomes", Outcome.values());
		if (problem.incidentsFrom() != null && problem.incidentsTo() != null) {
			model.addAttribute("incidents", this.crime.incidents(problem.beats(), problem.categories(),
					problem.incidentsFrom(), problem.incidentsTo()));
		}
		if (problem.stage() == ProblemStage.ASSESSMENT) {
			AssessmentForm form = (AssessmentForm) model.asMap().get("assessment");
			BeforeAfter preview = this.work.measure(problem, form.getWeeks());
			model.addAttribute("measure", preview);
		}
		else {
			model.addAttribute("measure", problem.measure());
		}
		return "problems/case";
	}

	private static Actor actor(CurrentAccount account) {
		String name = (account.displayName() != null && !account.displayName().isBlank()) ? account.displayName()
				: account.username();
		return new Actor(account.id(), name);
	}

}
