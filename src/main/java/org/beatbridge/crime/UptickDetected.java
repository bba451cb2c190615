package org.beatbridge.crime;

import java.time.LocalDate;

/**
 * A beat's weekly count of one category rose significantly above the beat's own baseline.
 *
 * @param beat the beat, four digits ({@code 0825})
 * @param district the beat's district
 * @param category BeatBridge concern category ({@code vandalism})
 * @param firstWeek Monday of the first week of the uptick
 * @param lastWeek Monday of the last week of the uptick
 * @param observed incidents in those weeks
 * @param expected incidents the baseline expects in those weeks
 * @param pValue chance of a count this high, or higher, if nothing had changed
 */
public record UptickDetected(String beat, String district, String category, LocalDate firstWeek, LocalDate lastWeek,
		int observed, double expected, double pValue) {

}
