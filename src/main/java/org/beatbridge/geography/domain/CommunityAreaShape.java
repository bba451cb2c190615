package org.beatbridge.geography.domain;

import org.locationtech.jts.geom.Geometry;

/**
 * One of the city's community areas as read from a boundary file.
 *
 * @param number 1 to 77 in Chicago
 * @param name upper case, {@code "ALBANY PARK"}
 * @param geometry WGS84 Polygon or MultiPolygon
 */
public record CommunityAreaShape(int number, String name, Geometry geometry) {

}
