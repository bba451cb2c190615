package org.beatbridge.geography.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.beatbridge.geography.InvalidBoundaries;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads a city's boundaries from GeoJSON files with the Chicago Data Portal's property
 * names (docs/decisions/0103), checking everything an import relies on.
 */
public final class BoundaryFiles {

	public static final String BEATS = "police_beats.geojson";

	public static final String DISTRICTS = "police_districts.geojson";

	public static final String COMMUNITY_AREAS = "community_areas.geojson";

	/** The boundaries shipped with the application. */
	public static final String CHICAGO = "geo/chicago/";

	static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final Source source;

	private BoundaryFiles(Source source) {
		this.source = source;
	}

	public static CityBoundaries read(Path folder) {
		return new BoundaryFiles(file -> Files.newInputStream(folder.resolve(file))).read();
	}

	public static CityBoundaries readChicago() {
		return new BoundaryFiles(file -> new ClassPathResource(CHICAGO + file).getInputStream()).read();
	}

	private CityBoundaries read() {
		List<DistrictShape> districts = merged(features(DISTRICTS),
				(feature) -> new DistrictShape(districtNumber(feature, "DIST_NUM"), feature.text("DIST_LABEL"),
						feature.geometry),
				DistrictShape::number, DistrictShape::geometry,
				(first, geometry) -> new DistrictShape(first.number(), first.label(), geometry));
		List<BeatShape> beats = merged(features(BEATS), (feature) -> {
			String number = feature.text("BEAT_NUM");
			if (!number.matches("\\d{3,4}")) {
				throw InvalidBoundaries.invalidProperty(BEATS, feature.index, "BEAT_NUM", number, "3 or 4 digits");
			}
			String beat = (number.length() == 3) ? "0" + number : number;
			return new BeatShape(beat, districtNumber(feature, "DISTRICT"), beat.substring(0, 3), feature.geometry);
		}, BeatShape::number, BeatShape::geometry,
				(first, geometry) -> new BeatShape(first.number(), first.district(), first.sector(), geometry));
		Set<String> known = districts.stream().map(DistrictShape::number).collect(Collectors.toSet());
		Map<String, String> sectorDistricts = new HashMap<>();
		for (BeatShape beat : beats) {
			if (!known.contains(beat.district())) {
				throw InvalidBoundaries.unknownDistrict(BEATS, beat.number(), beat.district());
			}
			String district = sectorDistricts.putIfAbsent(beat.sector(), beat.district());
			if (district != null && !district.equals(beat.district())) {
				throw InvalidBoundaries.sectorInTwoDistricts(BEATS, beat.sector(), district, beat.district());
			}
		}
		List<CommunityAreaShape> areas = merged(features(COMMUNITY_AREAS), (feature) -> {
			String number = feature.text("area_numbe");
			if (!number.matches("\\d{1,4}")) {
				throw InvalidBoundaries.invalidProperty(COMMUNITY_AREAS, feature.index, "area_numbe", number,
						"a whole number");
			}
			return new CommunityAreaShape(Integer.parseInt(number), feature.text("community"), feature.geometry);
		}, (area) -> String.valueOf(area.number()), CommunityAreaShape::geometry,
				(first, geometry) -> new CommunityAreaShape(first.number(), first.name(), geometry));
		return new CityBoundaries(districts, beats, areas);
	}

	private static String districtNumber(Feature feature, String property) {
		String value = feature.text(property);
		if (!value.matches("\\d{1,3}")) {
			throw InvalidBoundaries.invalidProperty(feature.file, feature.index, property, value, "a district number");
		}
		return String.valueOf(Integer.parseInt(value));
	}

	/**
	 * Features sharing a number (District 31's three airport polygons) become one
	 * MultiPolygon.
	 */
	private static <T> List<T> merged(List<Feature> features, Function<Feature, T> parse, Function<T, String> key,
			Function<T, Geometry> geometryOf, Merge<T> merge) {
		Map<String, List<T>> byKey = new LinkedHashMap<>();
		for (Feature feature : features) {
			T shape = parse.apply(feature);
			byKey.computeIfAbsent(key.apply(shape), (k) -> new ArrayList<>()).add(shape);
		}
		List<T> result = new ArrayList<>();
		for (List<T> group : byKey.values()) {
			if (group.size() == 1) {
				result.add(group.get(0));
				continue;
			}
			List<Polygon> polygons = new ArrayList<>();
			for (T shape : group) {
				Geometry geometry = geometryOf.apply(shape);
				for (int i = 0; i < geometry.getNumGeometries(); i++) {
					polygons.add((Polygon) geometry.getGeometryN(i));
				}
			}
			result.add(merge.apply(group.get(0), WGS84.createMultiPolygon(polygons.toArray(new Polygon[0]))));
		}
		return result;
	}

	private List<Feature> features(String file) {
		JsonNode root;
		try (InputStream in = this.source.open(file)) {
			root = JSON.readTree(in);
		}
		catch (NoSuchFileException | java.io.FileNotFoundException ex) {
			throw InvalidBoundaries.missingFile(file);
		}
		catch (IOException ex) {
			throw InvalidBoundaries.unreadable(file, ex);
		}
		catch (JacksonException ex) {
			throw InvalidBoundaries.invalidJson(file, ex);
		}
		if (root == null || !root.path("features").isArray()) {
			throw InvalidBoundaries.notAFeatureCollection(file);
		}
		JsonNode array = root.get("features");
		if (array.isEmpty()) {
			throw InvalidBoundaries.empty(file);
		}
		List<Feature> features = new ArrayList<>(array.size());
		for (int i = 0; i < array.size(); i++) {
			JsonNode feature = array.get(i);
			features.add(new Feature(file, i, feature.path("properties"), geometry(file, i, feature.path("geometry"))));
		}
		return features;
	}

	private static Geometry geometry(String file, int index, JsonNode geometry) {
		String type = geometry.path("type").asString("");
		JsonNode coordinates = geometry.path("coordinates");
		if (type.equals("Polygon")) {
			return polygon(file, index, coordinates);
		}
		if (type.equals("MultiPolygon")) {
			if (!coordinates.isArray() || coordinates.isEmpty()) {
				throw InvalidBoundaries.invalidGeometry(file, index, "a MultiPolygon without polygons");
			}
			Polygon[] polygons = new Polygon[coordinates.size()];
			for (int p = 0; p < polygons.length; p++) {
				polygons[p] = polygon(file, index, coordinates.get(p));
			}
			return WGS84.createMultiPolygon(polygons);
		}
		throw InvalidBoundaries.notPolygonal(file, index, type.isEmpty() ? "(none)" : type);
	}

	private static Polygon polygon(String file, int index, JsonNode rings) {
		if (!rings.isArray() || rings.isEmpty()) {
			throw InvalidBoundaries.invalidGeometry(file, index, "a polygon without rings");
		}
		LinearRing shell = ring(file, index, rings.get(0));
		LinearRing[] holes = new LinearRing[rings.size() - 1];
		for (int h = 0; h < holes.length; h++) {
			holes[h] = ring(file, index, rings.get(h + 1));
		}
		return WGS84.createPolygon(shell, holes);
	}

	private static LinearRing ring(String file, int index, JsonNode positions) {
		if (!positions.isArray()) {
			throw InvalidBoundaries.invalidGeometry(file, index, "a ring that is not an array of positions");
		}
		List<Coordinate> coordinates = new ArrayList<>(positions.size() + 1);
		for (JsonNode position : positions) {
			if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
					|| !position.get(1).isNumber()) {
				throw InvalidBoundaries.invalidGeometry(file, index, "a position that is not [longitude, latitude]");
			}
			double lon = position.get(0).asDouble();
			double lat = position.get(1).asDouble();
			if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
				throw InvalidBoundaries.invalidGeometry(file, index,
						"position [" + lon + ", " + lat + "] is not WGS84 longitude/latitude");
			}
			coordinates.add(new Coordinate(lon, lat));
		}
		if (!coordinates.isEmpty() && !coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1))) {
			coordinates.add(new Coordinate(coordinates.get(0)));
		}
		if (coordinates.size() < 4) {
			throw InvalidBoundaries.invalidGeometry(file, index, "a ring with fewer than 3 distinct positions");
		}
		return WGS84.createLinearRing(coordinates.toArray(new Coordinate[0]));
	}

	private interface Source {

		InputStream open(String file) throws IOException;

	}

	private interface Merge<T> {

		T apply(T first, Geometry merged);

	}

	private record Feature(String file, int index, JsonNode properties, Geometry geometry) {

		/**
		 * A property as text: the Chicago files have numbers as strings or as numbers.
		 */
		String text(String property) {
			JsonNode value = this.properties.path(property);
			String text = (value.isString() || value.isNumber()) ? value.asString().strip() : "";
			if (text.isEmpty()) {
				throw InvalidBoundaries.missingProperty(this.file, this.index, property);
			}
			return text;
		}

	}

}
