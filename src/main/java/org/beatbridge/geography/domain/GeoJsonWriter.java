package org.beatbridge.geography.domain;

import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Writes boundaries as GeoJSON for the web map: geometry simplified by about a metre and
 * rounded to 6 decimals (0.1 m), which roughly halves the size without a visible change.
 */
final class GeoJsonWriter {

	/** About 1 m in degrees. */
	static final double SIMPLIFY_DEGREES = 0.00001;

	private GeoJsonWriter() {
	}

	static String featureCollection(List<String> features) {
		return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
	}

	static String feature(Map<String, Object> properties, Geometry geometry) {
		StringBuilder out = new StringBuilder(8192);
		out.append("{\"type\":\"Feature\",\"properties\":{");
		boolean first = true;
		for (Map.Entry<String, Object> property : properties.entrySet()) {
			if (!first) {
				out.append(',');
			}
			first = false;
			string(out, property.getKey());
			out.append(':');
			value(out, property.getValue());
		}
		out.append("},\"geometry\":");
		Geometry simplified = DouglasPeuckerSimplifier.simplify(geometry, SIMPLIFY_DEGREES);
		geometry(out, simplified.isEmpty() ? geometry : simplified);
		return out.append('}').toString();
	}

	private static void value(StringBuilder out, Object value) {
		if (value instanceof List<?> list) {
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				value(out, list.get(i));
			}
			out.append(']');
		}
		else if (value instanceof Number number) {
			out.append(number);
		}
		else {
			string(out, String.valueOf(value));
		}
	}

	private static void string(StringBuilder out, String text) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		out.append('"');
	}

	private static void geometry(StringBuilder out, Geometry geometry) {
		out.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
		for (int p = 0; p < geometry.getNumGeometries(); p++) {
			if (p > 0) {
				out.append(',');
			}
			Polygon polygon = (Polygon) geometry.getGeometryN(p);
			out.append('[');
			ring(out, polygon.getExteriorRing());
			for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
				out.append(',');
				ring(out, polygon.getInteriorRingN(h));
			}
			out.append(']');
		}
		out.append("]}");
	}

	private static void ring(StringBuilder out, LineString ring) {
		out.append('[');
		Coordinate[] coordinates = ring.getCoordinates();
		for (int i = 0; i < coordinates.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append('[').append(round(coordinates[i].x)).append(',').append(round(coordinates[i].y)).append(']');
		}
		out.append(']');
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}

}
