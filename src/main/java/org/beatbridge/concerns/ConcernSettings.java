package org.beatbridge.concerns;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How concerns behave.
 *
 * @param similarRadius how far apart, in metres, two concerns of a category count as the
 * same problem
 * @param similarWindow how recent a concern must be to be offered as the same problem
 * @param similarLimit how many similar concerns to offer at most
 * @param clientSubmissions reports one client address may make per
 * {@code submissionPeriod} (anonymous or signed out)
 * @param accountSubmissions reports one signed-in account may make per period
 * @param submissionPeriod the period the limits refill over
 * @param clientSupports "me too"s one client address may add per {@code submissionPeriod}
 * @param accountSupports "me too"s one signed-in account may add per period
 * @param supportWindow how long one client address cannot add a second "me too" to the
 * same concern (anonymous visitors; accounts count once for good)
 * @param emailLinkValidity how long the tracking link in a notification email works
 */
@ConfigurationProperties("beatbridge.concerns")
public record ConcernSettings(@DefaultValue("250") int similarRadius, @DefaultValue("P30D") Duration similarWindow,
		@DefaultValue("5") int similarLimit, @DefaultValue("10") int clientSubmissions,
		@DefaultValue("30") int accountSubmissions, @DefaultValue("PT1H") Duration submissionPeriod,
		@DefaultValue("30") int clientSupports, @DefaultValue("60") int accountSupports,
		@DefaultValue("P1D") Duration supportWindow, @DefaultValue("P30D") Duration emailLinkValidity) {

	public static final ConcernSettings DEFAULTS = new ConcernSettings(250, Duration.ofDays(30), 5, 10, 30,
			Duration.ofHours(1), 30, 60, Duration.ofDays(1), Duration.ofDays(30));

}
