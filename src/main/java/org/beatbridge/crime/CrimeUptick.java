package org.beatbridge.crime;

import java.time.LocalDate;

/**
 * An uptick as shown to officers and residents.
 *
 * @param beat the beat
 * @param district its district
 * @param category concern category
 * @param firstWeek Monday of its first week
 * @param lastWeek Monday of its last week
 * @param observed incidents in those weeks
 * @param expected incidents the beat's baseline expects in those weeks
 * @param ratio observed over expected
 * @param pValue chance of a count this high, or higher, if nothing had changed
 */
public record CrimeUptick(String beat, String district, String category, LocalDate firstWeek, LocalDate lastWeek,
		int observed, double expected, double ratio, double pValue) {

}
