package org.beatbridge.crime.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.beatbridge.crime.BeatCrimeSummary;
import org.beatbridge.crime.BeatCrimeSummary.CategorySeries;
import org.beatbridge.crime.CrimeUptick;

/**
 * Weekly counts of the top categories over a period, as a crime page shows them: one
 * table that is both the accessible alternative and the data the chart is drawn from.
 *
 * @param weeks Monday of each week of the period
 * @param rows the top categories, most incidents first
 * @param others incidents of every other category, per week (empty when there are none)
 */
record WeeklyTable(List<LocalDate> weeks, List<Row> rows, Row others) {

	/**
	 * @param category concern category, or {@code null} for "all other categories"
	 */
	record Row(String category, int total, List<Cell> cells) {

		public boolean hasUptick() {
			return this.cells.stream().anyMatch(Cell::uptick);
		}

	}

	/** A week's count, flagged when an uptick of the category covers that week. */
	record Cell(LocalDate week, int incidents, boolean uptick) {

	}

	/**
	 * Adds up the summaries (one beat, or all the beats of a district) of the same
	 * period.
	 */
	static WeeklyTable of(List<BeatCrimeSummary> summaries, LocalDate first, LocalDate last, int top) {
		List<LocalDate> weeks = new ArrayList<>();
		for (LocalDate week = first; !week.isAfter(last); week = week.plusWeeks(1)) {
			weeks.add(week);
		}
		Map<String, int[]> counts = new LinkedHashMap<>();
		List<CrimeUptick> upticks = new ArrayList<>();
		for (BeatCrimeSummary summary : summaries) {
			upticks.addAll(summary.upticks());
			for (CategorySeries series : summary.categories()) {
				int[] sum = counts.computeIfAbsent(series.category(), (category) -> new int[weeks.size()]);
				series.weeks().forEach((count) -> {
					int index = weeks.indexOf(count.week());
					if (index >= 0) {
						sum[index] += count.incidents();
					}
				});
			}
		}
		List<Row> all = new ArrayList<>();
		counts.forEach((category, sum) -> all.add(row(category, sum, weeks, upticks)));
		all.sort(Comparator.comparingInt(Row::total).reversed().thenComparing(Row::category));
		List<Row> rows = new ArrayList<>(all.subList(0, Math.min(top, all.size())));
		Row others = null;
		if (all.size() > top) {
			int[] rest = new int[weeks.size()];
			for (Row row : all.subList(top, all.size())) {
				for (int i = 0; i < rest.length; i++) {
					rest[i] += row.cells().get(i).incidents();
				}
			}
			others = row(null, rest, weeks, List.of());
		}
		return new WeeklyTable(weeks, rows, others);
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

	private static Row row(String category, int[] counts, List<LocalDate> weeks, List<CrimeUptick> upticks) {
		List<Cell> cells = new ArrayList<>(weeks.size());
		int total = 0;
		for (int i = 0; i < counts.length; i++) {
			LocalDate week = weeks.get(i);
			boolean uptick = category != null && upticks.stream()
				.anyMatch((u) -> u.category().equals(category) && !week.isBefore(u.firstWeek())
						&& !week.isAfter(u.lastWeek()));
			cells.add(new Cell(week, counts[i], uptick));
			total += counts[i];
		}
		return new Row(category, total, cells);
	}

}
