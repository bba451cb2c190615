package org.beatbridge.meetings.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Meeting reminders ({@code beatbridge.meetings.reminders.*}).
 *
 * @param lead how long before a meeting its reminder goes out
 * @param interval pause between two runs of the reminder job (a reminder may go out up to
 * this much later than {@code lead} before)
 * @param confirmWithin how long an email subscription's confirmation link works; an
 * unconfirmed subscription is deleted after it
 * @param requestsPerClient how many email subscriptions one client (address, hashed) may
 * ask for per {@code requestPeriod}: each sends a confirmation email
 * @param requestPeriod the period of {@code requestsPerClient}
 */
@ConfigurationProperties("beatbridge.meetings.reminders")
public record ReminderSettings(@DefaultValue("P1D") Duration lead, @DefaultValue("PT5M") Duration interval,
		@DefaultValue("P2D") Duration confirmWithin, @DefaultValue("5") int requestsPerClient,
		@DefaultValue("PT1H") Duration requestPeriod) {

}
