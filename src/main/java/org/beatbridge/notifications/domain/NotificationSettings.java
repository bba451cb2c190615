package org.beatbridge.notifications.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Email delivery settings ({@code beatbridge.notifications.*}); the SMTP server itself is
 * Spring Boot's {@code spring.mail.*}.
 *
 * @param sender the From address, for example
 * {@code BeatBridge <noreply@beatbridge.example>}
 * @param deliveryInterval pause between two runs of the delivery job
 * @param retryAfter wait after a first failed attempt; doubled after each further one
 * @param maxRetryWait the longest wait between two attempts
 * @param maxAttempts attempts before an email is given up
 * @param batchSize emails claimed at once by a delivery run
 * @param expireAfter a queued email older than this is no longer sent (it would be stale)
 * @param keepAnonymousRecords how long the delivery record of an email to an anonymous
 * resident (no address, no body: decision 0802) is kept; its unsubscribe link works as
 * long
 */
@ConfigurationProperties("beatbridge.notifications")
public record NotificationSettings(@DefaultValue("BeatBridge <noreply@localhost>") String sender,
		@DefaultValue("PT30S") Duration deliveryInterval, @DefaultValue("PT1M") Duration retryAfter,
		@DefaultValue("PT6H") Duration maxRetryWait, @DefaultValue("10") int maxAttempts,
		@DefaultValue("50") int batchSize, @DefaultValue("P3D") Duration expireAfter,
		@DefaultValue("P180D") Duration keepAnonymousRecords) {

	/** How long to wait after the given number of failed attempts. */
	public Duration retryWait(int failedAttempts) {
		int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
		Duration wait = this.retryAfter.multipliedBy(1L << doublings);
		return (wait.compareTo(this.maxRetryWait) > 0) ? this.maxRetryWait : wait;
	}

}
