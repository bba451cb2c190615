package org.beatbridge.crime.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.beatbridge.crime.BeatCrimeSummary;
import org.beatbridge.crime.BeatCrimeSummary.CategorySeries;
import org.beatbridge.crime.CrimeUptick;

/**
 * The handout an officer brings to a beat meeting: the last four weeks of each category
 * against what the beat's own baseline weeks before them would lead one to expect.
 *
 * @param from Monday of the first of the recent weeks
 * @param to Monday of the last of the recent weeks
 * @param baselineFrom Monday of the first baseline week
 * @param categories the categories with incidents, most recent incidents first
 * @param upticks upticks running in the recent weeks
 */
record CrimeBriefing(String beat, String district, LocalDate from, LocalDate to, LocalDate baselineFrom,
		List<Line> categories, List<CrimeUptick> upticks, int recentTotal, double expectedTotal) {

	static final int RECENT_WEEKS = 4;

	/**
	 * @param recent incidents in the recent weeks
	 * @param expected incidents the baseline's weekly mean predicts for as many weeks
	 * @param uptick whether an uptick of the category runs in the recent weeks
	 */
	record Line(String category, int recent, double expected, boolean uptick) {

		/** Change against the baseline in percent, or {@code null} without a baseline. */
		public Long changePercent() {
			return (this.expected < 0.5) ? null : Math.round((this.recent - this.expected) * 100 / this.expected);
		}

	}

	/**
	 * @param summary a summary whose last {@link #RECENT_WEEKS} weeks are the recent ones
	 * and whose earlier weeks are the baseline
	 */
	static CrimeBriefing of(BeatCrimeSummary summary) {
		LocalDate from = summary.to().minusWeeks(RECENT_WEEKS - 1);
		long baselineWeeks = java.time.temporal.ChronoUnit.WEEKS.between(summary.from(), from);
		List<CrimeUptick> upticks = summary.upticks().stream().filter((u) -> !u.lastWeek().isBefore(from)).toList();
		List<Line> lines = new ArrayList<>();
		for (CategorySeries series : summary.categories()) {
			int recent = 0;
			int baseline = 0;
			for (var week : series.weeks()) {
				if (week.week().isBefore(from)) {
					baseline += week.incidents();
				}
				else {
					recent += week.incidents();
				}
			}
			double expected = (baselineWeeks > 0) ? baseline * (double) RECENT_WEEKS / baselineWeeks : 0;
			boolean uptick = upticks.stream().anyMatch((u) -> u.category().equals(series.category()));
			if (recent > 0 || expected >= 0.5) {
				lines.add(new Line(series.category(), recent, expected, uptick));
			}
		}
		lines.sort(Comparator.comparingInt(Line::recent)
			.reversed()
			.thenComparing(Comparator.comparingDouble(Line::expected).reversed())
			.thenComparing(Line::category));
		int recentTotal = lines.stream().mapToInt(Line::recent).sum();
		double expectedTotal = lines.stream().mapToDouble(Line::expected).sum();
		return new CrimeBriefing(summary.beat(), summary.district(), from, summary.to(), summary.from(), lines, upticks,
				recentTotal, expectedTotal);
	}

}
