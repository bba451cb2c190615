package org.beatbridge.problems.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.beatbridge.crime.BeatCrimeSummary;
import org.beatbridge.crime.BeatCrimeSummary.CategorySeries;
import org.beatbridge.crime.BeatCrimeSummary.WeekCount;
import org.beatbridge.crime.CrimeStatistics;

import org.springframework.stereotype.Service;

/**
 * Counts a case's incidents from the crime module's weekly counts: the incidents behind a
 * problem when it is scanned, and the before/after measure of its assessment.
 */
@Service
public class CrimeComparison {

	/** The longest period compared, in weeks, on each side. */
	public static final int MAX_WEEKS = 52;

	private final CrimeStatistics statistics;

	CrimeComparison(CrimeStatistics statistics) {
		this.statistics = statistics;
	}

	/**
	 * The weeks before the response started against as many weeks from its start. Only
	 * complete weeks are compared: the latest week with data may still be filling up (the
	 * portal publishes with a delay), so it is left out, and when fewer than
	 * {@code weeks} complete weeks have passed both periods are shortened alike.
	 */
	public BeforeAfter beforeAfter(List<String> beats, List<String> categories, LocalDate responseStart, int weeks) {
		LocalDate start = monday(responseStart);
		LocalDate latest = latestWeek(beats.get(0));
		long completeAfter = ChronoUnit.WEEKS.between(start, latest);
		int compared = (int) Math.max(0, Math.min(weeks, completeAfter));
		LocalDate beforeFrom = start.minusWeeks(compared);
		LocalDate afterTo = start.plusWeeks(compared).minusDays(1);
		if (compared == 0) {
			return new BeforeAfter(0, beforeFrom, start.minusDays(1), 0, start, afterTo, 0);
		}
		int before = count(beats, categories, beforeFrom, start.minusWeeks(1));
		int after = count(beats, categories, start, start.plusWeeks(compared - 1L));
		return new BeforeAfter(compared, beforeFrom, start.minusDays(1), before, start, afterTo, after);
	}

	/**
	 * Incidents per category in the beats over the weeks from {@code from} to {@code to}
	 * (both included), most first; every category when {@code categories} is empty.
	 */
	public Map<String, Integer> incidents(List<String> beats, List<String> categories, LocalDate from, LocalDate to) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String beat : beats) {
			BeatCrimeSummary summary = this.statistics.beatSummary(beat, Optional.of(from), Optional.of(to));
			for (CategorySeries series : summary.categories()) {
				if (categories.isEmpty() || categories.contains(series.category())) {
					counts.merge(series.category(), series.total(), Integer::sum);
				}
			}
		}
		Map<String, Integer> sorted = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach((entry) -> sorted.put(entry.getKey(), entry.getValue()));
		return sorted;
	}

	/** The twelve weeks before the latest week with data, as scanning proposes. */
	public Weeks recentWeeks(String beat) {
		LocalDate latest = latestWeek(beat);
		return new Weeks(latest.minusWeeks(12), latest.minusWeeks(1));
	}

	/** Mondays of the first and the last week of a period. */
	public record Weeks(LocalDate from, LocalDate to) {

	}

	private int count(List<String> beats, List<String> categories, LocalDate firstWeek, LocalDate lastWeek) {
		int total = 0;
		for (String beat : beats) {
			BeatCrimeSummary summary = this.statistics.beatSummary(beat, Optional.of(firstWeek), Optional.of(lastWeek));
			for (CategorySeries series : summary.categories()) {
				if (categories.isEmpty() || categories.contains(series.category())) {
					for (WeekCount week : series.weeks()) {
						if (!week.week().isBefore(firstWeek) && !week.week().isAfter(lastWeek)) {
							total += week.incidents();
						}
					}
				}
			}
		}
		return total;
	}

	private LocalDate latestWeek(String beat) {
		return this.statistics.beatSummary(beat, Optional.empty(), Optional.empty()).to();
	}

	static LocalDate monday(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

}
