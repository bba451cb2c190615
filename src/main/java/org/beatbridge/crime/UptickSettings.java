package org.beatbridge.crime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How upticks are detected (see docs/decisions/0402-uptick-detection.md).
 *
 * @param baselineWeeks weeks before a week (or before the start of a run of weeks) that
 * make the beat's own baseline
 * @param significance largest chance, under an unchanged rate, of a count this high
 * @param minimumCount fewest incidents in a week that can be an uptick: small counts are
 * noise to a beat meeting, whatever a test says
 * @param minimumRatio smallest ratio of the week's count to the baseline's weekly mean
 */
@ConfigurationProperties("beatbridge.crime.upticks")
public record UptickSettings(@DefaultValue("12") int baselineWeeks, @DefaultValue("0.001") double significance,
		@DefaultValue("5") int minimumCount, @DefaultValue("1.5") double minimumRatio) {

	public static final UptickSettings DEFAULTS = new UptickSettings(12, 0.001, 5, 1.5);

}
