package org.beatbridge.geography.domain;

import org.locationtech.jts.geom.Geometry;

/**
 * A police district as read from a boundary file.
 *
 * @param number not zero-padded, {@code "17"}
 * @param label the district's label, {@code "17TH"}
 * @param geometry WGS84 Polygon or MultiPolygon
 */
public record DistrictShape(String number, String label, Geometry geometry) {

}
