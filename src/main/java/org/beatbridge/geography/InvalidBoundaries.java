package org.beatbridge.geography;

/**
 * Boundary files that cannot be imported. The message names the file and the problem, so
 * the person running the import can fix the file.
 */
public class InvalidBoundaries extends RuntimeException {

	private InvalidBoundaries(String message, Throwable cause) {
		super(message, cause);
	}

	public static InvalidBoundaries missingFile(String file) {
		return new InvalidBoundaries(file + ": file not found.", null);
	}

	public static InvalidBoundaries unreadable(String file, Throwable cause) {
		return new InvalidBoundaries(file + ": cannot be read (" + cause.getMessage() + ").", cause);
	}

	public static InvalidBoundaries invalidJson(String file, Throwable cause) {
		return new InvalidBoundaries(file + ": not valid JSON (" + firstLine(cause.getMessage()) + ").", cause);
	}

	public static InvalidBoundaries notAFeatureCollection(String file) {
		return new InvalidBoundaries(file + ": not a GeoJSON FeatureCollection (no \"features\" array).", null);
	}

	public static InvalidBoundaries empty(String file) {
		return new InvalidBoundaries(file + ": contains no features.", null);
	}

	public static InvalidBoundaries missingProperty(String file, int feature, String property) {
		return new InvalidBoundaries(
				file + ": feature " + feature + " has no property \"" + property + "\" (or it is empty).", null);
	}

	public static InvalidBoundaries invalidProperty(String file, int feature, String property, String value,
			String expected) {
		return new InvalidBoundaries(file + ": feature " + feature + " has property \"" + property + "\" = \"" + value
				+ "\", expected " + expected + ".", null);
	}

	public static InvalidBoundaries notPolygonal(String file, int feature, String type) {
		return new InvalidBoundaries(
				file + ": feature " + feature + " has geometry type " + type + ", expected Polygon or MultiPolygon.",
				null);
	}

	public static InvalidBoundaries invalidGeometry(String file, int feature, String problem) {
		return new InvalidBoundaries(file + ": feature " + feature + " has an invalid geometry: " + problem + ".",
				null);
	}

	public static InvalidBoundaries unknownDistrict(String file, String beat, String district) {
		return new InvalidBoundaries(
				file + ": beat " + beat + " names district " + district + ", which police_districts.geojson lacks.",
				null);
	}

	public static InvalidBoundaries sectorInTwoDistricts(String file, String sector, String district,
			String otherDistrict) {
		return new InvalidBoundaries(file + ": sector " + sector + " has beats in district " + district
				+ " and in district " + otherDistrict + ".", null);
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unknown error";
		}
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end);
	}

}
