package org.beatbridge.crime.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.beatbridge.crime.BeatCrimeSummary;
import org.beatbridge.crime.CrimeStatistics;
import org.beatbridge.crime.CrimeUptick;
import org.beatbridge.crime.UptickSettings;
import org.beatbridge.geography.BeatDetails;
import org.beatbridge.geography.Beats;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Crime conditions of a beat and of a district, and a beat's printable briefing. Served
 * by the crime module under the beat's address: geography knows nothing of crime.
 */
@Controller
class CrimePageController {

	/** The periods offered, in weeks; anything else falls back to the closest. */
	static final List<Integer> PERIODS = List.of(4, 12, 26, 52);

	private static final int DEFAULT_PERIOD = 12;

	private static final int TOP_CATEGORIES = 6;

	private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

	private final CrimeStatistics statistics;

	private final Beats beats;

	private final UptickSettings upticks;

	CrimePageController(CrimeStatistics statistics, Beats beats, UptickSettings upticks) {
		this.statistics = statistics;
		this.beats = beats;
		this.upticks = upticks;
	}

	@GetMapping("/beats/{beat}/crime")
	String beat(@PathVariable String beat, @RequestParam(required = false) Integer weeks,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate until, Model model) {
		BeatDetails details = beatOrNotFound(beat);
		int period = period(weeks);
		BeatCrimeSummary summary = summary(details.beat(), period, until);
		model.addAttribute("beat", details);
		model.addAttribute("period", new Period(period, summary.from(), summary.to(), until));
		model.addAttribute("table", WeeklyTable.of(List.of(summary), summary.from(), summary.to(), TOP_CATEGORIES));
		model.addAttribute("upticks", summary.upticks());
		return "crime/beat";
	}

	/**
	 * The "crime conditions" section of the beat page, loaded into it by
	 * {@code beat-crime.js} (geography's page does not know the crime module; decision
	 * 0409).
	 */
	@GetMapping("/beats/{beat}/crime/section")
	String section(@PathVariable String beat, @RequestParam(required = false) Integer weeks,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate until, Model model) {
		beat(beat, weeks, until, model);
		return "crime/section :: section";
	}

	@GetMapping("/beats/{beat}/crime/briefing")
	String briefing(@PathVariable String beat, Model model) {
		BeatDetails details = beatOrNotFound(beat);
		BeatCrimeSummary latest = this.statistics.beatSummary(details.beat(), Optional.empty(), Optional.empty());
		LocalDate baselineStart = latest.to()
			.minusWeeks(CrimeBriefing.RECENT_WEEKS - 1L + this.upticks.baselineWeeks());
		// A baseline counts only weeks with data: weeks before the first import would
		// lower it and make every category look like a rise
		LocalDate firstWithData = this.statistics.firstWeekWithData().orElse(baselineStart);
		if (firstWithData.isAfter(baselineStart) && !firstWithData.isAfter(latest.to())) {
			baselineStart = firstWithData;
		}
		BeatCrimeSummary summary = this.statistics.beatSummary(details.beat(), Optional.of(baselineStart),
				Optional.of(latest.to()));
		model.addAttribute("beat", details);
		model.addAttribute("briefing", CrimeBriefing.of(summary));
		model.addAttribute("today", LocalDate.now());
		return "crime/briefing";
	}

	@GetMapping("/districts/{district}/crime")
	String district(@PathVariable String district, @RequestParam(required = false) Integer weeks,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate until, Model model) {
		if (!NUMBER.matcher(district).matches()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String number = Integer.toString(Integer.parseInt(district));
		List<BeatDetails> beatsOfDistrict = this.beats.all()
			.stream()
			.filter((beat) -> beat.district().equals(number))
			.toList();
		if (beatsOfDistrict.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		int period = period(weeks);
		BeatCrimeSummary first = summary(beatsOfDistrict.get(0).beat(), period, until);
		List<BeatCrimeSummary> summaries = beatsOfDistrict.stream()
			.map((beat) -> this.statistics.beatSummary(beat.beat(), Optional.of(first.from()), Optional.of(first.to())))
			.toList();
		WeeklyTable table = WeeklyTable.of(summaries, first.from(), first.to(), TOP_CATEGORIES);
		List<String> columns = table.rows().stream().map(WeeklyTable.Row::category).toList();
		model.addAttribute("district", number);
		model.addAttribute("period", new Period(period, first.from(), first.to(), until));
		model.addAttribute("table", table);
		model.addAttribute("columns", columns);
		model.addAttribute("beats", summaries.stream().map((summary) -> BeatColumns.of(summary, columns)).toList());
		model.addAttribute("beatWeeks",
				summaries.stream().map((summary) -> BeatWeeks.of(summary, table.weeks())).toList());
		model.addAttribute("upticks", summaries.stream().flatMap((summary) -> summary.upticks().stream()).toList());
		return "crime/district";
	}

	private BeatDetails beatOrNotFound(String beat) {
		if (!NUMBER.matcher(beat).matches()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return this.beats.find(beat).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private BeatCrimeSummary summary(String beat, int weeks, LocalDate until) {
		BeatCrimeSummary latest = this.statistics.beatSummary(beat, Optional.empty(), Optional.ofNullable(until));
		if (weeks == DEFAULT_PERIOD) {
			return latest;
		}
		return this.statistics.beatSummary(beat, Optional.of(latest.to().minusWeeks(weeks - 1L)),
				Optional.of(latest.to()));
	}

	static int period(Integer weeks) {
		if (weeks == null) {
			return DEFAULT_PERIOD;
		}
		int closest = DEFAULT_PERIOD;
		for (int period : PERIODS) {
			if (Math.abs(period - weeks) < Math.abs(closest - weeks)) {
				closest = period;
			}
		}
		return closest;
	}

	/**
	 * @param weeks length of the period
	 * @param until the day the visitor asked the period to end, or {@code null} for the
	 * latest data
	 */
	record Period(int weeks, LocalDate from, LocalDate to, LocalDate until) {

		public List<Integer> choices() {
			return PERIODS;
		}

	}

	/**
	 * A beat's incidents per week, all categories together, for the district's small
	 * multiples; a week is flagged when an uptick of the beat covers it.
	 */
	record BeatWeeks(String beat, int total, List<WeeklyTable.Cell> cells) {

		static BeatWeeks of(BeatCrimeSummary summary, List<LocalDate> weeks) {
			List<WeeklyTable.Cell> cells = new java.util.ArrayList<>(weeks.size());
			int total = 0;
			for (LocalDate week : weeks) {
				int incidents = summary.categories()
					.stream()
					.flatMap((series) -> series.weeks().stream())
					.filter((count) -> count.week().equals(week))
					.mapToInt(BeatCrimeSummary.WeekCount::incidents)
					.sum();
				boolean uptick = summary.upticks()
					.stream()
					.anyMatch((u) -> !week.isBefore(u.firstWeek()) && !week.isAfter(u.lastWeek()));
				cells.add(new WeeklyTable.Cell(week, incidents, uptick));
				total += incidents;
			}
			return new BeatWeeks(summary.beat(), total, cells);
		}

	}

	/** A beat's totals in the district's top categories, for the side-by-side table. */
	record BeatColumns(String beat, List<Integer> totals, int total, List<CrimeUptick> upticks) {

		static BeatColumns of(BeatCrimeSummary summary, List<String> categories) {
			List<Integer> totals = categories.stream()
				.map((category) -> summary.categories()
					.stream()
					.filter((series) -> series.category().equals(category))
					.mapToInt(BeatCrimeSummary.CategorySeries::total)
					.sum())
				.toList();
			int total = summary.categories().stream().mapToInt(BeatCrimeSummary.CategorySeries::total).sum();
			return new BeatColumns(summary.beat(), totals, total, summary.upticks());
		}

	}

}
