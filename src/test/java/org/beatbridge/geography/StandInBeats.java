package org.beatbridge.geography;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.beatbridge.shared.web.ApiProblems;
import org.beatbridge.shared.web.JsonApi;
import org.beatbridge.shared.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A small square city standing in for the geography module while it is written on its own
 * branch: a row of 0.01° beats in district 17 and two in district 1.
 */
@Component
class StandInBeats implements Beats {

	// beat -> south-west corner (lat, lon); each beat is a 0.01° square
	static final Map<String, double[]> CORNERS = new LinkedHashMap<>();

	static {
		CORNERS.put("0111", new double[] { 41.87, -87.64 });
		CORNERS.put("0112", new double[] { 41.87, -87.63 });
		CORNERS.put("1711", new double[] { 41.96, -87.74 });
		CORNERS.put("1712", new double[] { 41.96, -87.73 });
		CORNERS.put("1713", new double[] { 41.96, -87.72 });
		CORNERS.put("1714", new double[] { 41.96, -87.71 });
		CORNERS.put("1722", new double[] { 41.97, -87.72 });
	}

	@Override
	public Optional<BeatLocation> locate(double latitude, double longitude) {
		return CORNERS.entrySet()
			.stream()
			.filter(entry -> latitude >= entry.getValue()[0] && latitude < entry.getValue()[0] + 0.01
					&& longitude >= entry.getValue()[1] && longitude < entry.getValue()[1] + 0.01)
			.findFirst()
			.map(entry -> details(entry.getKey()))
			.map(beat -> new BeatLocation(beat.beat(), beat.sector(), beat.district(), "Albany Park", false,
					List.of()));
	}

	@Override
	public Optional<BeatDetails> find(String beatNumber) {
		String number = (beatNumber.length() == 3) ? "0" + beatNumber : beatNumber;
		return CORNERS.containsKey(number) ? Optional.of(details(number)) : Optional.empty();
	}

	@Override
	public List<BeatDetails> all() {
		return CORNERS.keySet().stream().sorted().map(StandInBeats::details).toList();
	}

	private static BeatDetails details(String beat) {
		double[] corner = CORNERS.get(beat);
		List<String> neighbours = new ArrayList<>();
		CORNERS.forEach((other, c) -> {
			boolean touches = Math.abs(c[0] - corner[0]) < 0.0101 && Math.abs(c[1] - corner[1]) < 0.0101;
			if (!other.equals(beat) && touches) {
				neighbours.add(other);
			}
		});
		neighbours.sort(Comparator.naturalOrder());
		String district = beat.substring(0, 2).replaceFirst("^0", "");
		return new BeatDetails(beat, beat.substring(0, 3), district, neighbours, List.of("Albany Park"));
	}

	@JsonApi("/api/v1/geo")
	static class StandInGeoApi {

		private final StandInBeats beats;

		StandInGeoApi(StandInBeats beats) {
			this.beats = beats;
		}

		@GetMapping("/beats")
		Map<String, Object> beats() {
			List<Map<String, Object>> features = CORNERS.entrySet().stream().map(entry -> {
				double[] c = entry.getValue();
				List<List<Double>> ring = List.of(List.of(c[1], c[0]), List.of(c[1] + 0.01, c[0]),
						List.of(c[1] + 0.01, c[0] + 0.01), List.of(c[1], c[0] + 0.01), List.of(c[1], c[0]));
				BeatDetails details = details(entry.getKey());
				return Map.<String, Object>of("type", "Feature", "properties",
						Map.of("beat", details.beat(), "sector", details.sector(), "district", details.district()),
						"geometry", Map.of("type", "Polygon", "coordinates", List.of(ring)));
			}).toList();
			return Map.of("type", "FeatureCollection", "features", features);
		}

		@GetMapping("/locate")
		BeatLocation locate(@RequestParam double lat, @RequestParam double lon) {
			return this.beats.locate(lat, lon)
				.orElseThrow(() -> new ProblemException(
						ApiProblems.of(HttpStatus.NOT_FOUND, "outside-city", "Outside the city", "Not in a beat.")));
		}

	}

}
