package org.beatbridge.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and password settings ({@code beatbridge.identity.*}).
 *
 * @param minPasswordLength shortest password accepted (see decision 0201)
 * @param maxFailedLogins failed sign-ins in a row that lock a username
 * @param lockout how long a username stays locked, and how long failures are remembered
 * @param tokenLifetime how long an API bearer token is valid
 */
@ConfigurationProperties("beatbridge.identity")
public record IdentitySettings(@DefaultValue("12") int minPasswordLength, @DefaultValue("5") int maxFailedLogins,
		@DefaultValue("15m") Duration lockout, @DefaultValue("8h") Duration tokenLifetime) {

}
