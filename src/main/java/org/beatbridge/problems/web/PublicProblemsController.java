package org.beatbridge.problems.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.beatbridge.geography.BeatDetails;
import org.beatbridge.geography.Beats;
import org.beatbridge.problems.domain.CaseWork;
import org.beatbridge.problems.domain.ConcernLinks;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * "What we are working on": the public pages of a beat's and a district's cases, and the
 * district plan built from them.
 */
@Controller
class PublicProblemsController {

	private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

	private final CaseWork work;

	private final Beats beats;

	private final ConcernLinks concerns;

	PublicProblemsController(CaseWork work, Beats beats, ConcernLinks concerns) {
		this.work = work;
		this.beats = beats;
		this.concerns = concerns;
	}

	@GetMapping("/beats/{beat}/problems")
	String beat(@PathVariable String beat, Model model) {
		if (!NUMBER.matcher(beat).matches()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		BeatDetails details = this.beats.find(beat)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("beat", details);
		addCases(model, this.work.ofBeat(details.beat()).stream().map(this::view).toList());
		return "problems/beat";
	}

	@GetMapping("/districts/{district}/problems")
	String district(@PathVariable String district, Model model) {
		String number = knownDistrict(district);
		model.addAttribute("district", number);
		addCases(model, this.work.ofDistrict(number).stream().map(this::view).toList());
		return "problems/district";
	}

	@GetMapping("/districts/{district}/plan")
	String plan(@PathVariable String district, Model model) {
		String number = knownDistrict(district);
		List<PublicCase> cases = this.work.ofDistrict(number).stream().map(this::view).toList();
		model.addAttribute("district", number);
		model.addAttribute("plan", DistrictPlan.of(cases));
		model.addAttribute("today", today());
		return "problems/plan";
	}

	private static void addCases(Model model, List<PublicCase> cases) {
		model.addAttribute("openCases", cases.stream().filter(PublicCase::isOpen).toList());
		model.addAttribute("closedCases", cases.stream().filter((c) -> !c.isOpen()).toList());
	}

	private PublicCase view(org.beatbridge.problems.domain.ProblemCase problem) {
		List<Long> linked = this.concerns.linkedIds(problem.id());
		if (linked.isEmpty()) {
			return PublicCase.of(problem, today());
		}
		Map<String, String> names = this.concerns.categoryNames(LocaleContextHolder.getLocale());
		List<Long> newest = linked.subList(Math.max(0, linked.size() - PublicCase.CONCERNS_SHOWN), linked.size());
		List<PublicCase.PublicConcern> shown = this.concerns.views(newest)
			.stream()
			.map((concern) -> PublicCase.PublicConcern.of(concern, names.get(concern.category())))
			.toList();
		return PublicCase.of(problem, today(), linked.size(), shown);
	}

	private static LocalDate today() {
		return LocalDate.now(CaseWork.CHICAGO);
	}

	private String knownDistrict(String district) {
		if (!NUMBER.matcher(district).matches()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String number = Integer.toString(Integer.parseInt(district));
		if (this.beats.all().stream().noneMatch((beat) -> beat.district().equals(number))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return number;
	}

}
