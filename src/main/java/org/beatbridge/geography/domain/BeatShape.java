package org.beatbridge.geography.domain;

import org.locationtech.jts.geom.Geometry;

/**
 * A beat as read from a boundary file: WGS84 longitude/latitude (multi)polygon.
 *
 * @param number 4 digits, {@code "1713"}
 * @param district not zero-padded, {@code "17"}
 * @param sector the beat number's first three digits, {@code "171"}
 * @param geometry a Polygon or MultiPolygon
 */
public record BeatShape(String number, String district, String sector, Geometry geometry) {

}
