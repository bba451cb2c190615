package org.beatbridge.problems.domain;

import java.time.LocalDate;

/**
 * Incidents of the case's categories in its beats over two periods of equal length: the
 * weeks just before the response started and the weeks from its start.
 *
 * @param weeks the length of each period, in weeks; 0 when no complete week has passed
 * since the response started
 * @param beforeFrom Monday of the first week before
 * @param beforeTo Sunday ending the period before
 * @param afterFrom Monday of the week the response started
 * @param afterTo Sunday ending the period after
 */
public record BeforeAfter(int weeks, LocalDate beforeFrom, LocalDate beforeTo, int beforeIncidents, LocalDate afterFrom,
		LocalDate afterTo, int afterIncidents) {

	public boolean isMeasured() {
		return this.weeks > 0;
	}

	/** The change in percent, rounded; {@code null} when there was nothing before. */
	public Integer changePercent() {
		if (this.beforeIncidents == 0) {
			return null;
		}
		return (int) Math.round(100.0 * (this.afterIncidents - this.beforeIncidents) / this.beforeIncidents);
	}

	public int difference() {
		return this.afterIncidents - this.beforeIncidents;
	}

}
