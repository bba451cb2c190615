package org.beatbridge.open311;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the Open311 interface describes itself and limits its clients.
 *
 * @param jurisdictionId the {@code jurisdiction_id} clients may send; any other is
 * unknown
 * @param contact who third-party developers write to, shown in discovery
 * @param keyService how to get an API key, shown in discovery
 * @param submissionsPerHour the default number of concerns one key may report per hour
 * @param listCacheSize memory per node for {@code GET requests} answers kept while their
 * concerns do not change (decision 0761)
 */
@ConfigurationProperties("beatbridge.open311")
public record Open311Settings(@DefaultValue("chicago.il.us") String jurisdictionId,
		@DefaultValue("Your city's BeatBridge administrators") String contact,
		@DefaultValue("Ask a BeatBridge administrator for an API key; they issue it on the Open311 keys page.") String keyService,
		@DefaultValue("600") int submissionsPerHour, @DefaultValue("64MB") DataSize listCacheSize) {

}
