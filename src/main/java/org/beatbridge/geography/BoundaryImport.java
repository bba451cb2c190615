package org.beatbridge.geography;

import java.nio.file.Path;

/**
 * Replaces the city's boundaries, for a new realignment or another city.
 */
public interface BoundaryImport {

	/**
	 * Replaces the city's boundaries with the GeoJSON files in a folder
	 * ({@code police_beats.geojson}, {@code police_districts.geojson},
	 * {@code community_areas.geojson}); all or nothing, in one transaction.
	 * @throws InvalidBoundaries when a file is missing or not as expected; nothing is
	 * changed then
	 */
	BoundarySummary replaceWith(Path folder);

}
