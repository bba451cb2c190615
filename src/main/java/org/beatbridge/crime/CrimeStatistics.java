package org.beatbridge.crime;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Crime conditions from the weekly counts an import keeps up to date.
 */
public interface CrimeStatistics {

	/**
	 * @param from first day of the period (its week is included), or empty for twelve
	 * weeks before {@code to}
	 * @param to last day of the period, or empty for the latest week with data
	 */
	BeatCrimeSummary beatSummary(String beat, Optional<LocalDate> from, Optional<LocalDate> to);

	/**
	 * @param district only this district's beats, or all
	 * @param since upticks still running on or after this day, or empty for the last four
	 * weeks with data
	 */
	List<CrimeUptick> upticks(Optional<String> district, Optional<LocalDate> since);

	/**
	 * The Monday of the first week with any imported incident, or empty before the first
	 * import: pages start their default periods there rather than show weeks without data
	 * as zeros.
	 */
	Optional<LocalDate> firstWeekWithData();

}
