package org.beatbridge.crime;

import java.time.LocalDate;
import java.util.List;

/**
 * A beat's crime conditions over a period: weekly counts per category and its upticks.
 *
 * @param beat the beat
 * @param district its district
 * @param from Monday of the first week
 * @param to Monday of the last week
 * @param categories the categories with incidents in the period, most incidents first
 * @param upticks the beat's upticks that overlap the period
 */
public record BeatCrimeSummary(String beat, String district, LocalDate from, LocalDate to,
		List<CategorySeries> categories, List<CrimeUptick> upticks) {

	/**
	 * @param category concern category
	 * @param total incidents in the period
	 * @param weeks one count per week of the period, zeros included
	 */
	public record CategorySeries(String category, int total, List<WeekCount> weeks) {

	}

	public record WeekCount(LocalDate week, int incidents) {

	}

}
