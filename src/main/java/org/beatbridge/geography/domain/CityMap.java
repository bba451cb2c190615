package org.beatbridge.geography.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.beatbridge.geography.BeatDetails;
import org.beatbridge.geography.BeatLocation;
import org.locationtech.jts.geom.Geometry;

import org.springframework.util.function.SingletonSupplier;

/**
 * One boundary version as held in memory: a read-only cache of the database, rebuilt when
 * the version changes.
 */
final class CityMap {

	private final long version;

	/**
	 * Built on the first lookup: listing beats (an import's check, say) does not need it.
	 */
	private final Supplier<BeatLocator> locator;

	private final Map<String, BeatDetails> beats;

	private final Map<String, Geometry> beatGeometries;

	private final Supplier<String> beatsGeoJson;

	private final Supplier<String> districtsGeoJson;

	private CityMap(long version, CityBoundaries city, Map<String, BeatRelations.Relations> relations) {
		this.version = version;
		this.locator = city.beats().isEmpty() ? null : SingletonSupplier.of(() -> BeatLocator.of(city));
		this.beats = new TreeMap<>();
		this.beatGeometries = new TreeMap<>();
		for (BeatShape beat : city.beats()) {
			BeatRelations.Relations related = relations.getOrDefault(beat.number(),
					new BeatRelations.Relations(List.of(), List.of()));
			this.beats.put(beat.number(), new BeatDetails(beat.number(), beat.sector(), beat.district(),
					related.neighbours(), related.communityAreas()));
			this.beatGeometries.put(beat.number(), beat.geometry());
		}
		// Written on first request: most nodes start without anyone looking at the map.
		this.beatsGeoJson = SingletonSupplier.of(() -> GeoJsonWriter.featureCollection(city.beats()
			.stream()
			.map((beat) -> GeoJsonWriter.feature(beatProperties(this.beats.get(beat.number()), false), beat.geometry()))
			.toList()));
		this.districtsGeoJson = SingletonSupplier.of(() -> GeoJsonWriter.featureCollection(city.districts()
			.stream()
			.map((district) -> GeoJsonWriter.feature(districtProperties(district), district.geometry()))
			.toList()));
	}

	static CityMap of(StoredBoundaries.StoredCity stored) {
		return new CityMap(stored.version(), stored.boundaries(), stored.relations());
	}

	long version() {
		return this.version;
	}

	Optional<BeatLocation> locate(double latitude, double longitude) {
		return (this.locator != null) ? this.locator.get().locate(latitude, longitude) : Optional.empty();
	}

	Optional<BeatDetails> find(String beat) {
		return Optional.ofNullable(this.beats.get(beat));
	}

	List<BeatDetails> all() {
		return List.copyOf(new ArrayList<>(this.beats.values()));
	}

	String beatsGeoJson() {
		return this.beatsGeoJson.get();
	}

	String districtsGeoJson() {
		return this.districtsGeoJson.get();
	}

	Optional<String> beatGeoJson(String beat) {
		BeatDetails details = this.beats.get(beat);
		if (details == null) {
			return Optional.empty();
		}
		return Optional.of(GeoJsonWriter.feature(beatProperties(details, true), this.beatGeometries.get(beat)));
	}

	private static Map<String, Object> beatProperties(BeatDetails beat, boolean withRelations) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("beat", beat.beat());
		properties.put("sector", beat.sector());
		properties.put("district", beat.district());
		if (withRelations) {
			properties.put("neighbours", beat.neighbours());
			properties.put("communityAreas", beat.communityAreas());
		}
		return properties;
	}

	private static Map<String, Object> districtProperties(DistrictShape district) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("district", district.number());
		properties.put("label", district.label());
		return properties;
	}

}
