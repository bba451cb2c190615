package org.beatbridge.geography.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The maps on the pages. Without a tile server the maps draw only our own beat outlines,
 * so they work offline and send nothing to a third party.
 *
 * @param tilesUrl Leaflet URL template of a base map
 * ({@code https://tile.example/{z}/{x}/{y}.png}), empty for none
 * @param tilesAttribution attribution the tile provider requires, shown on the map
 */
@ConfigurationProperties("beatbridge.map")
public record MapSettings(@DefaultValue("") String tilesUrl, @DefaultValue("") String tilesAttribution) {

	public MapSettings {
		tilesUrl = (tilesUrl != null) ? tilesUrl.trim() : "";
		tilesAttribution = (tilesAttribution != null) ? tilesAttribution.trim() : "";
	}

}
