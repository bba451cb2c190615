package org.beatbridge.crime;

import java.time.Duration;
import java.util.List;

/**
 * What an import did.
 *
 * @param rowsRead data rows in the file (the header not counted)
 * @param inserted incidents new to BeatBridge
 * @param updated incidents replaced by a later {@code Updated On}
 * @param unchanged valid rows already known with the same or a later {@code Updated On}
 * @param rejected rows refused, with their line and reason
 * @param rejectedCount all refused rows; {@code rejected} keeps only the first ones so a
 * broken file cannot exhaust memory
 * @param upticksDetected upticks that this import made appear
 * @param took wall-clock time of the import
 */
public record ImportSummary(long rowsRead, long inserted, long updated, long unchanged, List<RejectedRow> rejected,
		long rejectedCount, int upticksDetected, Duration took) {

	public ImportSummary {
		rejected = List.copyOf(rejected);
	}

	public double rowsPerSecond() {
		long millis = Math.max(1, this.took.toMillis());
		return this.rowsRead * 1000.0 / millis;
	}

}
