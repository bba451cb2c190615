package org.beatbridge.concerns.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.beatbridge.concerns.ConcernCategory;
import org.beatbridge.concerns.ConcernStatistics;
import org.beatbridge.concerns.ConcernStatus;
import org.beatbridge.concerns.ConcernTriage;
import org.beatbridge.concerns.Concerns;
import org.beatbridge.concerns.TriageFilter;
import org.beatbridge.concerns.TriageRefused;
import org.beatbridge.concerns.TriageScope;
import org.beatbridge.geography.BeatDetails;
import org.beatbridge.geography.Beats;
import org.beatbridge.identity.CurrentAccount;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The triage queue: an officer's beats first, a supervisor's district, or any district
 * for coordinators and administrators; filters by beat, status and category, sorted by
 * age or support.
 */
@Controller
class TriageQueueController {

	static final int QUEUE_SIZE = 100;

	private final ConcernTriage triage;

	private final Concerns concerns;

	private final ConcernStatistics statistics;

	private final Beats beats;

	TriageQueueController(ConcernTriage triage, Concerns concerns, ConcernStatistics statistics, Beats beats) {
		this.triage = triage;
		this.concerns = concerns;
		this.statistics = statistics;
		this.beats = beats;
	}

	@GetMapping("/concerns/triage")
	String queue(@AuthenticationPrincipal CurrentAccount account, @RequestParam(required = false) String district,
			@RequestParam(required = false) String beat, @RequestParam(required = false) String status,
			@RequestParam(required = false) String category, @RequestParam(required = false) String order,
			@RequestParam(required = false) String mine, Locale locale, Model model) {
		TriageScope scope = this.triage.scopeOf(account);
		Integer chosenDistrict = scope.citywide() ? district(district) : scope.district();
		List<BeatDetails> beatsShown = (chosenDistrict != null) ? beatsOf(chosenDistrict) : List.of();
		String chosenBeat = beat(beat, scope);
		// An officer's queue opens on their own beats; "all" shows the whole district
		List<String> beatFilter = (chosenBeat != null) ? List.of(chosenBeat)
				: ((beat == null && !scope.beats().isEmpty()) ? scope.beats() : List.of());
		List<ConcernStatus> statuses = statuses(status);
		List<ConcernCategory> categories = this.concerns.categories(locale);
		String chosenCategory = category(category, categories);
		TriageFilter.Order chosenOrder = "supported".equals(order) ? TriageFilter.Order.MOST_SUPPORTED
				: TriageFilter.Order.OLDEST;
		boolean onlyMine = "true".equals(mine);
		TriageFilter filter = new TriageFilter(chosenDistrict, beatFilter, statuses, chosenCategory,
				onlyMine ? scope.accountId() : null, chosenOrder, QUEUE_SIZE);
		model.addAttribute("scope", scope);
		model.addAttribute("items", this.triage.queue(scope, filter));
		model.addAttribute("district", chosenDistrict);
		model.addAttribute("beats", beatsShown);
		model.addAttribute("beatFilter", beatFilter);
		model.addAttribute("beat", (chosenBeat != null) ? chosenBeat : ((beat == null) ? "" : "all"));
		model.addAttribute("status", (status == null || status.isBlank()) ? "open" : status);
		model.addAttribute("statuses", ConcernStatus.values());
		model.addAttribute("category", chosenCategory);
		model.addAttribute("order", (chosenOrder == TriageFilter.Order.MOST_SUPPORTED) ? "supported" : "oldest");
		model.addAttribute("mine", onlyMine);
		model.addAttribute("categories", categories);
		model.addAttribute("names", ConcernLabels.categoryNames(categories));
		model.addAttribute("districts", districts());
		model.addAttribute("counts", (chosenDistrict != null) ? this.statistics.counts(beatFilter,
				chosenDistrict.toString(), Instant.now().minus(Duration.ofDays(30))) : List.of());
		return "concerns/triage";
	}

	private Integer district(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			int number = Integer.parseInt(text.strip());
			if (number >= 1 && number <= 31) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw TriageRefused.invalid("district", "district.invalid", "A district is a number from 1 to 31.");
	}

	private String beat(String text, TriageScope scope) {
		if (text == null || text.isBlank() || "all".equals(text)) {
			return null;
		}
		BeatDetails details = this.beats.find(text.strip())
			.orElseThrow(() -> TriageRefused.invalid("beat", "beat.unknown", "There is no beat " + text.strip() + ".",
					text.strip()));
		if (!scope.covers(details.district())) {
			throw TriageRefused.beatOutOfScope(details.beat());
		}
		return details.beat();
	}

	private static List<ConcernStatus> statuses(String text) {
		if (text == null || text.isBlank() || "open".equals(text)) {
			return List.copyOf(ConcernStatus.open());
		}
		if ("all".equals(text)) {
			return List.of(ConcernStatus.values());
		}
		for (ConcernStatus status : ConcernStatus.values()) {
			if (status.name().equals(text)) {
				return List.of(status);
			}
		}
		throw TriageRefused.invalid("status", "status.unknown", "Choose one of the listed statuses.");
	}

	private static String category(String text, List<ConcernCategory> categories) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return categories.stream()
			.map(ConcernCategory::code)
			.filter((code) -> code.equals(text))
			.findFirst()
			.orElseThrow(() -> TriageRefused.invalid("category", "category.unknown",
					"Choose one of the listed categories."));
	}

	private List<BeatDetails> beatsOf(int district) {
		return this.beats.all()
			.stream()
			.filter((details) -> details.district().equals(Integer.toString(district)))
			.toList();
	}

	private List<String> districts() {
		return this.beats.all().stream().map(BeatDetails::district).distinct().sorted((a, b) -> {
			try {
				return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
			}
			catch (NumberFormatException ex) {
				return a.compareTo(b);
			}
		}).toList();
	}

}
