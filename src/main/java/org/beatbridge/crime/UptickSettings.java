package org.beatbridge.crime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How upticks are detected (see docs/decisions/0402-uptick-detection.md and
 * 0407-seasonal-uptick-baseline.md).
 *
 * @param baselineWeeks weeks before a week (or before the start of a run of weeks) that
 * make the beat's own baseline
 * @param significance largest chance, under an unchanged rate, of a count this high
 * @param minimumCount fewest incidents in a week that can be an uptick: small counts are
 * noise to a beat meeting, whatever a test says
 * @param minimumRatio smallest ratio of the week's count to the baseline's weekly mean
 * @param seasonalHalfWidth where a year of history exists, a week must also stand out
 * against the same week a year (52 weeks) earlier and this many weeks either side of it;
 * negative turns the seasonal baseline off
 */
@ConfigurationProperties("beatbridge.crime.upticks")
public record UptickSettings(@DefaultValue("12") int baselineWeeks, @DefaultValue("0.001") double significance,
		@DefaultValue("5") int minimumCount, @DefaultValue("1.5") double minimumRatio,
		@DefaultValue("2") int seasonalHalfWidth) {

	public static final UptickSettings DEFAULTS = new UptickSettings(12, 0.001, 5, 1.5, 2);

	/** Weeks between a week and the same week a year earlier. */
	public static final int WEEKS_A_YEAR = 52;

	/** Whether the same weeks a year earlier are used where they exist. */
	public boolean seasonal() {
		return this.seasonalHalfWidth >= 0;
	}

	/** The same settings without the seasonal baseline. */
	public UptickSettings withoutSeasons() {
		return new UptickSettings(this.baselineWeeks, this.significance, this.minimumCount, this.minimumRatio, -1);
	}

}
