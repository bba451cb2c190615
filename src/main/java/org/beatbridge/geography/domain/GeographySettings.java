package org.beatbridge.geography.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the geography module.
 *
 * @param loadChicagoWhenEmpty load the Chicago boundaries shipped in the application when
 * the database has none (first start)
 * @param refreshInterval how often each node checks whether another node imported new
 * boundaries ({@code beatbridge.geography.refresh-interval}, ISO-8601 or {@code 30s})
 */
@ConfigurationProperties("beatbridge.geography")
public record GeographySettings(@DefaultValue("true") boolean loadChicagoWhenEmpty,
		@DefaultValue("PT30S") Duration refreshInterval) {

}
