package org.beatbridge.geography.web;

import java.time.Duration;

import org.beatbridge.geography.BeatLocation;
import org.beatbridge.geography.domain.BeatNumbers;
import org.beatbridge.geography.domain.CityGeography;
import org.beatbridge.shared.web.ApiProblems;
import org.beatbridge.shared.web.JsonApi;
import org.beatbridge.shared.web.ProblemException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The city's beats and districts for maps and apps, and the beat of a point. Public:
 * these are public boundaries.
 */
@JsonApi("/api/v1/geo")
class GeographyApi {

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private final CityGeography geography;

	GeographyApi(CityGeography geography) {
		this.geography = geography;
	}

	@GetMapping("/locate")
	BeatLocation locate(@RequestParam double lat, @RequestParam double lon) {
		if (!(lat >= -90 && lat <= 90)) {
			throw new ProblemException(
					ApiProblems.invalidParameter("lat", "Parameter 'lat' must be a latitude from -90 to 90."));
		}
		if (!(lon >= -180 && lon <= 180)) {
			throw new ProblemException(
					ApiProblems.invalidParameter("lon", "Parameter 'lon' must be a longitude from -180 to 180."));
		}
		return this.geography.locate(lat, lon).orElseThrow(() -> OutsideCity.at(lat, lon));
	}

	@GetMapping("/beats")
	ResponseEntity<String> beats() {
		return geoJson("beats", this.geography.beatsGeoJson());
	}

	@GetMapping("/districts")
	ResponseEntity<String> districts() {
		return geoJson("districts", this.geography.districtsGeoJson());
	}

	@GetMapping("/beats/{beat}")
	ResponseEntity<String> beat(@PathVariable String beat) {
		String number = BeatNumbers.normalise(beat)
			.orElseThrow(() -> new ProblemException(ApiProblems.invalidParameter("beat",
					"Parameter 'beat' must be a beat number of 3 or 4 digits, such as 1713.")));
		return geoJson("beat-" + number,
				this.geography.beatGeoJson(number).orElseThrow(() -> BeatNotFound.forNumber(number)));
	}

	/**
	 * Boundaries change only with an import: the version makes a strong ETag, so a map
	 * reloads the 1-2 MB only when they changed.
	 */
	private ResponseEntity<String> geoJson(String name, String body) {
		return ResponseEntity.ok()
			.contentType(GEO_JSON)
			.eTag("\"" + name + "-v" + this.geography.version() + "\"")
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
			.body(body);
	}

}
